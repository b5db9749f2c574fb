package org.needlesafe.cdshooks.fhir;

import java.time.LocalDate;
import java.time.YearMonth;
import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Type;

/** FHIR dates read as calendar days. A partial date (a year, a month) reads as its last day: the fail-safe end. */
public final class FhirDates {
    private FhirDates() {
    }

    public static LocalDate latestDay(BaseDateTimeType date) {
        if (date == null || date.getValue() == null) {
            return null;
        }
        return switch (date.getPrecision()) {
            case YEAR -> LocalDate.of(date.getYear(), 12, 31);
            case MONTH -> YearMonth.of(date.getYear(), date.getMonth() + 1).atEndOfMonth();
            default -> LocalDate.of(date.getYear(), date.getMonth() + 1, date.getDay());
        };
    }

    /** A dateTime, or the end of a Period (its start when it has no end); {@code null} when there is none. */
    public static LocalDate latestDay(Type dateOrPeriod) {
        if (dateOrPeriod instanceof BaseDateTimeType date) {
            return latestDay(date);
        }
        if (dateOrPeriod instanceof Period period) {
            return period.hasEnd() ? latestDay(period.getEndElement()) : latestDay(period.getStartElement());
        }
        return null;
    }

    /** Whether a Period has ended before the day. */
    static boolean endedBefore(Period period, LocalDate day) {
        if (period == null || !period.hasEnd()) {
            return false;
        }
        LocalDate end = latestDay(period.getEndElement());
        return end != null && end.isBefore(day);
    }
}
