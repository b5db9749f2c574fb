package org.needlesafe.engine;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.needlesafe.Decision;
import org.needlesafe.Finding;
import org.needlesafe.plan.Area;

/**
 * The contract's decision roll-up. Each planned area takes the most restrictive of the case-wide findings and its
 * own. The case takes the most restrictive of the case-wide findings and the roll-up of the areas: when at least
 * one area could be treated today, the most restrictive area decision capped at {@code MODIFY_PLAN} (treat those,
 * leave the others out); otherwise the least restrictive area decision.
 */
final class Rollup {
    private final Decision decision;
    private final Map<Area, Decision> areaDecisions;

    private Rollup(Decision decision, Map<Area, Decision> areaDecisions) {
        this.decision = decision;
        this.areaDecisions = areaDecisions;
    }

    /**
     * @param floor the least restrictive the case may be whatever the findings say (the fail-safe for unknown
     *              screening answers); applies case-wide
     */
    static Rollup of(List<Finding> findings, List<Area> plannedAreas, Decision floor) {
        Decision caseWide = floor;
        Map<Area, Decision> own = new EnumMap<>(Area.class);
        for (Finding finding : findings) {
            if (finding.caseWide()) {
                caseWide = caseWide.or(finding.decision());
            } else {
                own.merge(finding.area(), finding.decision(), Decision::or);
            }
        }
        Map<Area, Decision> areaDecisions = new LinkedHashMap<>();
        Decision mostRestrictive = Decision.PROCEED;
        Decision leastRestrictive = Decision.DO_NOT_PROCEED;
        boolean anyTreatable = false;
        for (Area area : plannedAreas) {
            Decision areaDecision = caseWide.or(own.getOrDefault(area, Decision.PROCEED));
            areaDecisions.put(area, areaDecision);
            mostRestrictive = mostRestrictive.or(areaDecision);
            leastRestrictive = areaDecision.moreRestrictiveThan(leastRestrictive) ? leastRestrictive : areaDecision;
            anyTreatable |= areaDecision.treatableToday();
        }
        Decision areasRollup = anyTreatable
                ? (mostRestrictive.moreRestrictiveThan(Decision.MODIFY_PLAN) ? Decision.MODIFY_PLAN : mostRestrictive)
                : leastRestrictive;
        return new Rollup(caseWide.or(areasRollup), areaDecisions);
    }

    Decision decision() {
        return decision;
    }

    Map<Area, Decision> areaDecisions() {
        return areaDecisions;
    }
}
