package org.needlesafe.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.needlesafe.Decision;
import org.needlesafe.Finding;
import org.needlesafe.PlanChange;
import org.needlesafe.TreatmentCase;
import org.needlesafe.plan.Area;
import org.needlesafe.plan.PlannedArea;
import org.needlesafe.plan.Topical;
import org.needlesafe.plan.TopicalProduct;
import org.needlesafe.plan.TreatmentPlan;

/**
 * The plan of a {@code MODIFY_PLAN} case as it would go ahead today: the areas that cannot be treated today left
 * out, every stated plan change applied (depth caps, removed areas and topicals, no anaesthetic). The contract's side
 * effects and aftercare describe the treatment as it would go ahead, so they are worked out on this plan.
 */
final class PlanAsItGoesAhead {
    private PlanAsItGoesAhead() {
    }

    static TreatmentCase of(TreatmentCase treatment, List<Finding> findings, Map<Area, Decision> areaDecisions) {
        Map<Area, BigDecimal> caps = new EnumMap<>(Area.class);
        Set<Area> removed = EnumSet.noneOf(Area.class);
        Set<TopicalProduct> removedTopicals = EnumSet.noneOf(TopicalProduct.class);
        boolean omitAnesthetic = false;
        for (Finding finding : findings) {
            PlanChange change = finding.planChange();
            if (change == null) {
                continue;
            }
            if (change.area() != null && change.maxDepthMm() != null) {
                caps.merge(change.area(), change.maxDepthMm(), BigDecimal::min);
            }
            if (change.removeArea() != null) {
                removed.add(change.removeArea());
            }
            if (change.removeTopical() != null) {
                removedTopicals.add(change.removeTopical());
            }
            omitAnesthetic |= change.omitAnesthetic();
        }
        TreatmentPlan plan = treatment.plan();
        List<PlannedArea> areas = new ArrayList<>();
        for (PlannedArea area : plan.areas()) {
            if (areaDecisions.get(area.area()).treatableToday() && !removed.contains(area.area())) {
                BigDecimal cap = caps.get(area.area());
                areas.add(cap == null ? area : new PlannedArea(area.area(), area.depthMm().min(cap)));
            }
        }
        List<Topical> topicals = new ArrayList<>();
        for (Topical topical : plan.topicals()) {
            if (!removedTopicals.contains(topical.product())) {
                topicals.add(topical);
            }
        }
        if (areas.isEmpty()) {
            return treatment;
        }
        TreatmentPlan.Builder modified = plan.toBuilder().areas(areas).topicals(topicals);
        if (omitAnesthetic) {
            modified.topicalAnesthetic(false);
        }
        return treatment.toBuilder().plan(modified.build()).build();
    }
}
