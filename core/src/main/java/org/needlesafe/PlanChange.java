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

    /**
     * Needle this area no deeper than the given depth.
     *
     * @param area       the planned area
     * @param maxDepthMm the deepest allowed depth, in millimetres
     * @return the change
     */
    public static PlanChange maxDepth(Area area, BigDecimal maxDepthMm) {
        return new PlanChange(area, maxDepthMm, null, null, false);
    }

    /**
     * Leave this area out of today's treatment.
     *
     * @param area the planned area
     * @return the change
     */
    public static PlanChange removeArea(Area area) {
        return new PlanChange(null, null, area, null, false);
    }

    /**
     * Do not apply this product.
     *
     * @param product the planned topical product
     * @return the change
     */
    public static PlanChange removeTopical(TopicalProduct product) {
        return new PlanChange(null, null, null, product, false);
    }

    /**
     * Treat without the topical anaesthetic.
     *
     * @return the change
     */
    public static PlanChange withoutAnesthetic() {
        return new PlanChange(null, null, null, null, true);
    }
}
