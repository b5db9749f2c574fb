package org.needlesafe.patient;

import java.util.Set;
import org.needlesafe.plan.Area;

/**
 * An implant.
 *
 * @param code  what it is; required
 * @param areas where; {@code null} or empty when not localised
 */
public record Implant(ImplantCode code, Set<Area> areas) {

    /**
     * Copies the areas; {@code null} becomes empty (not localised).
     *
     * @param code  what it is; required
     * @param areas where; {@code null} or empty when not localised
     */
    public Implant {
        areas = areas == null ? Set.of() : Set.copyOf(areas);
    }

    /**
     * An implant, localised to the given areas.
     *
     * @param code  what the implant is
     * @param areas where it is; none when not localised
     * @return the implant
     */
    public static Implant of(ImplantCode code, Area... areas) {
        return new Implant(code, Set.of(areas));
    }
}
