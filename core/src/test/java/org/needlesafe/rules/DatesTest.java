package org.needlesafe.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @ParameterizedTest(name = "{0} is within {1} days of 2026-11-25: {2}")
    @CsvSource({
            "2026-11-25, 14, true",
            "2026-11-12, 14, true",
            "2026-11-11, 14, false",
            "2026-11-10, 14, false",
            "2026-11-24, 1, false",
            "2026-11-25, 1, true",
            "2026-11-25, 0, false",
    })
    void withinDaysMeansTheDifferenceIsLessThanN(LocalDate date, int days, boolean within) {
        assertThat(Dates.withinDays(date, days, TODAY)).isEqualTo(within);
        assertThat(Dates.endOfDays(date, days).isAfter(TODAY)).isEqualTo(within);
    }

    @ParameterizedTest(name = "{0} is within {1} months of 2026-11-25: {2}")
    @CsvSource({
            "2026-05-26, 6, true",
            "2026-05-25, 6, false",
            "2026-05-24, 6, false",
            "2026-08-31, 3, true",
            "2026-08-25, 3, false",
    })
    void withinMonthsUsesCalendarMonths(LocalDate date, int months, boolean within) {
        assertThat(Dates.withinMonths(date, months, TODAY)).isEqualTo(within);
        assertThat(Dates.endOfMonths(date, months).isAfter(TODAY)).isEqualTo(within);
    }
}
