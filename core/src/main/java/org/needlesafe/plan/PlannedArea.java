package org.needlesafe.plan;

import java.math.BigDecimal;

/**
 * One area of the plan and its needle depth.
 *
 * @param area    required; each area at most once per plan
 * @param depthMm required; {@code 0 < depthMm <=} {@link #MAX_DEPTH_MM}
 */
public record PlannedArea(Area area, BigDecimal depthMm) {
    /**
     * The deepest any microneedling device goes, in millimetres: no plan, profile or threshold may allow more. Stated
     * here once for the case's checks, the jurisdiction profiles and the clinic's configuration.
     */
    public static final BigDecimal MAX_DEPTH_MM = new BigDecimal("3.5");

    /**
     * An area at a depth written as a decimal, kept exactly as written.
     *
     * @param area    the area
     * @param depthMm the depth in millimetres, e.g. {@code "1.0"}
     * @return the planned area
     * @throws NumberFormatException when {@code depthMm} is not a decimal number
     */
    public static PlannedArea of(Area area, String depthMm) {
        return new PlannedArea(area, new BigDecimal(depthMm));
    }

    /**
     * An area at a depth given as a {@code double}, converted through its shortest decimal form (1.0 stays 1.0).
     *
     * @param area    the area
     * @param depthMm the depth in millimetres
     * @return the planned area
     */
    public static PlannedArea of(Area area, double depthMm) {
        return new PlannedArea(area, BigDecimal.valueOf(depthMm));
    }
}
