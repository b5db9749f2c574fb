package org.needlesafe;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.needlesafe.plan.Area;
import org.needlesafe.plan.TopicalProduct;

/**
 * Everything a {@code MODIFY_PLAN} assessment changes in the plan so that it can go ahead today, each change once:
 * every finding's {@link PlanChange}, and leaving out each area that cannot be treated today (the roll-up's "treat
 * the cleared areas, leave the others out"). Several findings may limit the same area's depth: the lowest limit
 * holds, and an area left out keeps no depth limit. Maps and sets iterate in the order the enums declare.
 *
 * @param maxDepths       the deepest allowed depth of each area that stays in the plan but is limited, in millimetres
 * @param removedAreas    the areas left out of today's treatment
 * @param removedTopicals the topical products not to apply
 * @param omitAnesthetic  whether to treat without the topical anaesthetic
 */
public record PlanChanges(Map<Area, BigDecimal> maxDepths, Set<Area> removedAreas,
                          Set<TopicalProduct> removedTopicals, boolean omitAnesthetic) {

    /**
     * Unmodifiable copies that keep the enums' order.
     *
     * @param maxDepths       the deepest allowed depth of each area that stays in the plan but is limited, in
     *                        millimetres
     * @param removedAreas    the areas left out of today's treatment
     * @param removedTopicals the topical products not to apply
     * @param omitAnesthetic  whether to treat without the topical anaesthetic
     */
    public PlanChanges {
        Map<Area, BigDecimal> depths = new EnumMap<>(Area.class);
        depths.putAll(maxDepths);
        maxDepths = Collections.unmodifiableMap(depths);
        removedAreas = Collections.unmodifiableSet(copy(removedAreas, Area.class));
        removedTopicals = Collections.unmodifiableSet(copy(removedTopicals, TopicalProduct.class));
    }

    /**
     * The changes of an assessment.
     *
     * @param assessment the assessment
     * @return its changes, empty when nothing is to change
     */
    public static PlanChanges of(Assessment assessment) {
        return of(assessment.findings(), assessment.areaDecisions());
    }

    /**
     * The changes that the findings and the per-area decisions ask for together.
     *
     * @param findings      the findings, some with a plan change
     * @param areaDecisions the decision on each planned area
     * @return the changes, empty when nothing is to change
     */
    public static PlanChanges of(List<Finding> findings, Map<Area, Decision> areaDecisions) {
        Fold fold = new Fold();
        for (Finding finding : findings) {
            if (finding.planChange() != null) {
                finding.planChange().match(fold::maxDepth, fold::removeArea, fold::removeTopical,
                        fold::withoutAnesthetic);
            }
        }
        areaDecisions.forEach((area, decision) -> {
            if (!decision.treatableToday()) {
                fold.removedAreas.add(area);
            }
        });
        fold.maxDepths.keySet().removeAll(fold.removedAreas);
        return new PlanChanges(fold.maxDepths, fold.removedAreas, fold.removedTopicals, fold.omitAnesthetic);
    }

    /**
     * Whether nothing is to change.
     *
     * @return {@code true} when there is no change at all
     */
    public boolean isEmpty() {
        return maxDepths.isEmpty() && removedAreas.isEmpty() && removedTopicals.isEmpty() && !omitAnesthetic;
    }

    /**
     * The changes one by one: depth limits, then areas left out, then topicals left out, then the anaesthetic.
     *
     * @return one {@link PlanChange} for each change
     */
    public List<PlanChange> asList() {
        List<PlanChange> changes = new ArrayList<>();
        maxDepths.forEach((area, depth) -> changes.add(PlanChange.maxDepth(area, depth)));
        removedAreas.forEach(area -> changes.add(PlanChange.removeArea(area)));
        removedTopicals.forEach(product -> changes.add(PlanChange.removeTopical(product)));
        if (omitAnesthetic) {
            changes.add(PlanChange.withoutAnesthetic());
        }
        return List.copyOf(changes);
    }

    private static <E extends Enum<E>> Set<E> copy(Set<E> set, Class<E> type) {
        Set<E> copy = EnumSet.noneOf(type);
        copy.addAll(set);
        return copy;
    }

    /** Collects the changes finding by finding; each method answers itself so it can stand in {@code match}. */
    private static final class Fold {
        private final Map<Area, BigDecimal> maxDepths = new EnumMap<>(Area.class);
        private final Set<Area> removedAreas = EnumSet.noneOf(Area.class);
        private final Set<TopicalProduct> removedTopicals = EnumSet.noneOf(TopicalProduct.class);
        private boolean omitAnesthetic;

        Fold maxDepth(PlanChange.MaxDepth change) {
            maxDepths.merge(change.area(), change.maxDepthMm(), BigDecimal::min);
            return this;
        }

        Fold removeArea(PlanChange.RemoveArea change) {
            removedAreas.add(change.area());
            return this;
        }

        Fold removeTopical(PlanChange.RemoveTopical change) {
            removedTopicals.add(change.product());
            return this;
        }

        Fold withoutAnesthetic(PlanChange.WithoutAnesthetic change) {
            omitAnesthetic = true;
            return this;
        }
    }
}
