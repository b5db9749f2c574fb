package org.needlesafe.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** The contract's date arithmetic, in one place so that no rule re-derives it. */
public final class Dates {
    private Dates() {
    }

    /** "Within N days": {@code today - date < N} days. */
    public static boolean withinDays(LocalDate date, int days, LocalDate today) {
        return ChronoUnit.DAYS.between(date, today) < days;
    }

    /** "Within N months": {@code date + N months > today}, in calendar months. */
    public static boolean withinMonths(LocalDate date, int months, LocalDate today) {
        return date.plusMonths(months).isAfter(today);
    }

    /** The first day that is no longer within N days of the date. */
    public static LocalDate endOfDays(LocalDate date, int days) {
        return date.plusDays(days);
    }

    /** The first day that is no longer within N months of the date. */
    public static LocalDate endOfMonths(LocalDate date, int months) {
        return date.plusMonths(months);
    }
}
