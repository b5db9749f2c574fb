package org.needlesafe;

import java.math.BigDecimal;
import org.needlesafe.plan.Area;
import org.needlesafe.plan.TopicalProduct;

/**
 * The change to the plan that resolves a {@code MODIFY_PLAN} finding, as data. Exactly one of the shapes is set:
 * {@code {area, maxDepthMm}}, {@code {removeArea}}, {@code {removeTopical}} or {@code {omitAnesthetic: true}}.
 */
public record PlanChange(Area area, BigDecimal maxDepthMm, Area removeArea, TopicalProduct removeTopical,
                         boolean omitAnesthetic) {

    public static PlanChange maxDepth(Area area, BigDecimal maxDepthMm) {
        return new PlanChange(area, maxDepthMm, null, null, false);
    }

    public static PlanChange removeArea(Area area) {
        return new PlanChange(null, null, area, null, false);
    }

    public static PlanChange removeTopical(TopicalProduct product) {
        return new PlanChange(null, null, null, product, false);
    }

    public static PlanChange withoutAnesthetic() {
        return new PlanChange(null, null, null, null, true);
    }
}
