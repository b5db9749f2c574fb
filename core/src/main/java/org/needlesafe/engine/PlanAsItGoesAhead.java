package org.needlesafe.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.needlesafe.Decision;
import org.needlesafe.Finding;
import org.needlesafe.PlanChanges;
import org.needlesafe.TreatmentCase;
import org.needlesafe.plan.Area;
import org.needlesafe.plan.PlannedArea;
import org.needlesafe.plan.Topical;
import org.needlesafe.plan.TreatmentPlan;

/**
 * The plan of a {@code MODIFY_PLAN} case as it would go ahead today: the {@link PlanChanges} made (the areas that
 * cannot be treated today left out, depth limits, removed topicals, no anaesthetic). The contract's side effects and
 * aftercare describe the treatment as it would go ahead, so they are worked out on this plan.
 */
final class PlanAsItGoesAhead {
    private PlanAsItGoesAhead() {
    }

    static TreatmentCase of(TreatmentCase treatment, List<Finding> findings, Map<Area, Decision> areaDecisions) {
        PlanChanges changes = PlanChanges.of(findings, areaDecisions);
        TreatmentPlan plan = treatment.plan();
        List<PlannedArea> areas = new ArrayList<>();
        for (PlannedArea area : plan.areas()) {
            if (!changes.removedAreas().contains(area.area())) {
                BigDecimal cap = changes.maxDepths().get(area.area());
                areas.add(cap == null ? area : new PlannedArea(area.area(), area.depthMm().min(cap)));
            }
        }
        List<Topical> topicals = new ArrayList<>();
        for (Topical topical : plan.topicals()) {
            if (!changes.removedTopicals().contains(topical.product())) {
                topicals.add(topical);
            }
        }
        if (areas.isEmpty()) {
            return treatment;
        }
        TreatmentPlan.Builder modified = plan.toBuilder().areas(areas).topicals(topicals);
        if (changes.omitAnesthetic()) {
            modified.topicalAnesthetic(false);
        }
        return treatment.toBuilder().plan(modified.build()).build();
    }
}
