package org.needlesafe;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.needlesafe.plan.Area;

/**
 * The explained decision on one case, with every field of the public contract.
 *
 * @param formatVersion       the contract's format version; changes only when the contract breaks
 * @param caseId              echoed from the case, or {@code null}
 * @param decision            the case's decision, per the contract's roll-up
 * @param rulesetVersion      the version of the rule pack
 * @param jurisdictionProfile the profile used
 * @param configuration       every configurable value the rules used, so the decision can be reproduced
 * @param findings            the reasons, most restrictive first
 * @param areaDecisions       per planned area, in plan order: the most restrictive of the case-wide findings and
 *                            that area's own
 * @param missingInformation  required screening answers that are unknown
 * @param expectedSideEffects as the treatment would go ahead; empty when it cannot go ahead today
 * @param aftercare           as the treatment would go ahead; empty when it cannot go ahead today
 * @param nextSessionEarliest the earliest date for the next session, or {@code null} when it cannot go ahead today
 * @param firedRules          the ids of the rules that fired, in firing order: the trace
 */
public record Assessment(
        String formatVersion,
        String caseId,
        Decision decision,
        String rulesetVersion,
        JurisdictionRef jurisdictionProfile,
        Map<String, BigDecimal> configuration,
        List<Finding> findings,
        Map<Area, Decision> areaDecisions,
        List<String> missingInformation,
        List<SideEffect> expectedSideEffects,
        List<AftercareStep> aftercare,
        LocalDate nextSessionEarliest,
        List<String> firedRules) {

    /** The contract's current format version. */
    public static final String FORMAT_VERSION = "1";

    /**
     * Copies the lists and maps, so the record cannot change.
     *
     * @param formatVersion       the contract's format version; changes only when the contract breaks
     * @param caseId              echoed from the case, or {@code null}
     * @param decision            the case's decision, per the contract's roll-up
     * @param rulesetVersion      the version of the rule pack
     * @param jurisdictionProfile the profile used
     * @param configuration       every configurable value the rules used, so the decision can be reproduced
     * @param findings            the reasons, most restrictive first
     * @param areaDecisions       per planned area, in plan order: the most restrictive of the case-wide findings and
     *                            that area's own
     * @param missingInformation  required screening answers that are unknown
     * @param expectedSideEffects as the treatment would go ahead; empty when it cannot go ahead today
     * @param aftercare           as the treatment would go ahead; empty when it cannot go ahead today
     * @param nextSessionEarliest the earliest date for the next session, or {@code null} when it cannot go ahead today
     * @param firedRules          the ids of the rules that fired, in firing order: the trace
     */
    public Assessment {
        configuration = Collections.unmodifiableMap(new LinkedHashMap<>(configuration));
        findings = List.copyOf(findings);
        areaDecisions = Collections.unmodifiableMap(new LinkedHashMap<>(areaDecisions));
        missingInformation = List.copyOf(missingInformation);
        expectedSideEffects = List.copyOf(expectedSideEffects);
        aftercare = List.copyOf(aftercare);
        firedRules = List.copyOf(firedRules);
    }
}
