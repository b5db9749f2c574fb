package org.needlesafe.patient;

import java.time.LocalDate;
import java.util.Set;
import org.needlesafe.plan.Area;

/**
 * A procedure the patient had recently.
 *
 * @param code  what it was; required
 * @param date  when; required (a procedure without a date cannot be timed, so it is invalid)
 * @param areas where; {@code null} or empty when not localised
 */
public record RecentProcedure(ProcedureCode code, LocalDate date, Set<Area> areas) {

    /**
     * Copies the areas; {@code null} becomes empty (not localised).
     *
     * @param code  what it was; required
     * @param date  when; required (a procedure without a date cannot be timed, so it is invalid)
     * @param areas where; {@code null} or empty when not localised
     */
    public RecentProcedure {
        areas = areas == null ? Set.of() : Set.copyOf(areas);
    }

    /**
     * A recent procedure, localised to the given areas.
     *
     * @param code  what the procedure was
     * @param date  when it was done, or {@code null} when unknown
     * @param areas where; none when not localised
     * @return the procedure
     */
    public static RecentProcedure of(ProcedureCode code, LocalDate date, Area... areas) {
        return new RecentProcedure(code, date, Set.of(areas));
    }
}
