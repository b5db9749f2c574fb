package org.needlesafe.patient;

import java.time.LocalDate;
import java.util.Set;
import org.needlesafe.plan.Area;

/**
 * A condition of the patient.
 *
 * @param code    what it is; required
 * @param status  how present it is; required
 * @param areas   where it is; {@code null} or empty when it is not localised (it then applies to the whole case)
 * @param onsetDate when it began, or {@code null}
 */
public record Condition(ConditionCode code, ConditionStatus status, Set<Area> areas, LocalDate onsetDate) {

    /**
     * Copies the areas; {@code null} becomes empty (not localised).
     *
     * @param code      what it is; required
     * @param status    how present it is; required
     * @param areas     where it is; {@code null} or empty when it is not localised (it then applies to the whole case)
     * @param onsetDate when it began, or {@code null}
     */
    public Condition {
        areas = areas == null ? Set.of() : Set.copyOf(areas);
    }

    /**
     * A condition that is not localised.
     *
     * @param code   what the condition is
     * @param status whether it is active
     * @return the condition, without areas or onset date
     */
    public static Condition of(ConditionCode code, ConditionStatus status) {
        return new Condition(code, status, Set.of(), null);
    }

    /**
     * A condition localised to the given areas.
     *
     * @param code   what the condition is
     * @param status whether it is active
     * @param areas  where it is
     * @return the condition, without onset date
     */
    public static Condition in(ConditionCode code, ConditionStatus status, Area... areas) {
        return new Condition(code, status, Set.of(areas), null);
    }
}
