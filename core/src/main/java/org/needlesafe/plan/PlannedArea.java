package org.needlesafe.plan;

import java.math.BigDecimal;

/**
 * One area of the plan and its needle depth.
 *
 * @param area    required; each area at most once per plan
 * @param depthMm required; {@code 0 < depthMm <= 3.5}
 */
public record PlannedArea(Area area, BigDecimal depthMm) {

    public static PlannedArea of(Area area, String depthMm) {
        return new PlannedArea(area, new BigDecimal(depthMm));
    }

    public static PlannedArea of(Area area, double depthMm) {
        return new PlannedArea(area, BigDecimal.valueOf(depthMm));
    }
}
