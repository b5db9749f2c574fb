package org.needlesafe.rules;

import java.time.LocalDate;

/** A fact with a date, timed against the assessment date with the contract's arithmetic. */
public interface Dated {
    /** The date the timing counts from. */
    LocalDate date();

    /** The assessment date. */
    LocalDate today();

    default boolean withinDays(int days) {
        return Dates.withinDays(date(), days, today());
    }

    default boolean withinMonths(int months) {
        return Dates.withinMonths(date(), months, today());
    }

    /** The first day the fact is no longer within N days: a finding's {@code deferUntil}. */
    default LocalDate plusDays(int days) {
        return Dates.endOfDays(date(), days);
    }

    /** The first day the fact is no longer within N months: a finding's {@code deferUntil}. */
    default LocalDate plusMonths(int months) {
        return Dates.endOfMonths(date(), months);
    }
}
