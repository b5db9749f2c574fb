package org.needlesafe.rules;

import java.time.LocalDate;

/** The last microneedling session, timed against the assessment date: {@code plan.previousMicroneedlingDate}. */
public record PreviousSession(LocalDate date, LocalDate today) implements Fact, Dated {

    @Override
    public ContractPath path() {
        return CaseFields.PLAN_PREVIOUS_MICRONEEDLING_DATE;
    }

    @Override
    public String basis() {
        return path().is(date);
    }

    /**
     * Names the fact, never its values: Drools logs the facts it holds at DEBUG and TRACE, and patient data must
     * not reach a log at any level. The values are in the record's accessors and in {@code basis()}.
     */
    @Override
    public String toString() {
        return "PreviousSession[" + path() + "]";
    }
}
