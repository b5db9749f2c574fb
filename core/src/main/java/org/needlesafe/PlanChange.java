package org.needlesafe;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.function.Function;
import org.needlesafe.plan.Area;
import org.needlesafe.plan.TopicalProduct;

/**
 * The change to the plan that resolves a {@code MODIFY_PLAN} finding. It has one of four shapes, each a record; the
 * JSON contract writes them as {@code {area, maxDepthMm}}, {@code {removeArea}}, {@code {removeTopical}} and
 * {@code {omitAnesthetic: true}}. Code that handles every shape goes through {@link #match}, so that a fifth shape
 * fails to compile wherever it is not yet handled.
 */
public sealed interface PlanChange
        permits PlanChange.MaxDepth, PlanChange.RemoveArea, PlanChange.RemoveTopical, PlanChange.WithoutAnesthetic {

    /**
     * Needle this area no deeper than the given depth.
     *
     * @param area       the planned area
     * @param maxDepthMm the deepest allowed depth, in millimetres
     * @return the change
     */
    static PlanChange maxDepth(Area area, BigDecimal maxDepthMm) {
        return new MaxDepth(area, maxDepthMm);
    }

    /**
     * Leave this area out of today's treatment.
     *
     * @param area the planned area
     * @return the change
     */
    static PlanChange removeArea(Area area) {
        return new RemoveArea(area);
    }

    /**
     * Do not apply this product.
     *
     * @param product the planned topical product
     * @return the change
     */
    static PlanChange removeTopical(TopicalProduct product) {
        return new RemoveTopical(product);
    }

    /**
     * Treat without the topical anaesthetic.
     *
     * @return the change
     */
    static PlanChange withoutAnesthetic() {
        return new WithoutAnesthetic();
    }

    /**
     * The result of the function given for this change's shape: one function for each shape, so every shape is
     * handled.
     *
     * @param maxDepth          for a depth limit on an area
     * @param removeArea        for an area left out
     * @param removeTopical     for a topical product left out
     * @param withoutAnesthetic for treating without the topical anaesthetic
     * @param <R>               what the functions return
     * @return what the function for this shape returned
     */
    default <R> R match(Function<? super MaxDepth, ? extends R> maxDepth,
                        Function<? super RemoveArea, ? extends R> removeArea,
                        Function<? super RemoveTopical, ? extends R> removeTopical,
                        Function<? super WithoutAnesthetic, ? extends R> withoutAnesthetic) {
        // The only chain over the shapes: a new shape adds a parameter here, and every caller must then handle it.
        if (this instanceof MaxDepth change) {
            return maxDepth.apply(change);
        }
        if (this instanceof RemoveArea change) {
            return removeArea.apply(change);
        }
        if (this instanceof RemoveTopical change) {
            return removeTopical.apply(change);
        }
        return withoutAnesthetic.apply((WithoutAnesthetic) this);
    }

    /**
     * Needle the area no deeper than {@code maxDepthMm}.
     *
     * @param area       the planned area
     * @param maxDepthMm the deepest allowed depth, in millimetres
     */
    record MaxDepth(Area area, BigDecimal maxDepthMm) implements PlanChange {
        /**
         * Both parts are required: a depth limit without its area or depth would change nothing.
         *
         * @param area       the planned area
         * @param maxDepthMm the deepest allowed depth, in millimetres
         */
        public MaxDepth {
            Objects.requireNonNull(area, "area");
            Objects.requireNonNull(maxDepthMm, "maxDepthMm");
        }
    }

    /**
     * Leave the area out of today's treatment.
     *
     * @param area the planned area
     */
    record RemoveArea(Area area) implements PlanChange {
        /**
         * The area is required.
         *
         * @param area the planned area
         */
        public RemoveArea {
            Objects.requireNonNull(area, "area");
        }
    }

    /**
     * Do not apply the product.
     *
     * @param product the planned topical product
     */
    record RemoveTopical(TopicalProduct product) implements PlanChange {
        /**
         * The product is required.
         *
         * @param product the planned topical product
         */
        public RemoveTopical {
            Objects.requireNonNull(product, "product");
        }
    }

    /** Treat without the topical anaesthetic. */
    record WithoutAnesthetic() implements PlanChange {
    }
}
