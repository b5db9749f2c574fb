package org.needlesafe.rules;

import java.time.LocalDate;

/**
 * The day the rules reason about ({@code assessmentDate}), for rules that count forward from today, such as the
 * earliest next session. There is no hidden clock.
 */
public record AssessmentDay(LocalDate date) implements Fact {

    public LocalDate plusDays(int days) {
        return date.plusDays(days);
    }

    @Override
    public ContractPath path() {
        return CaseFields.ASSESSMENT_DATE;
    }

    @Override
    public String basis() {
        return path().is(date);
    }

    /**
     * Names the fact, never its value: the date of service is patient data, and Drools logs the facts it holds at
     * DEBUG and TRACE.
     */
    @Override
    public String toString() {
        return "AssessmentDay[" + path() + "]";
    }
}
