package org.needlesafe.rules;

import java.time.LocalDate;

/** The last microneedling session, timed against the assessment date: {@code plan.previousMicroneedlingDate}. */
public record PreviousSession(LocalDate date, LocalDate today) implements Fact, Dated {

    @Override
    public String basis() {
        return "plan.previousMicroneedlingDate: " + date;
    }
}
