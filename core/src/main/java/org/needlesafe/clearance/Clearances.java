package org.needlesafe.clearance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.needlesafe.Cleared;
import org.needlesafe.Decision;
import org.needlesafe.Finding;
import org.needlesafe.RuleDescription;

/**
 * Applies documented clearances: a finding of a clearable rule, for the cleared knowledge-base item, by a role the
 * rule accepts, no older than the window (a clearance exactly {@code validDays} old still counts), drops to {@code PROCEED_WITH_PRECAUTIONS} and stays visible with what it
 * replaced. A clearable precaution (such as HSV prophylaxis arranged by the prescriber) stays a precaution, marked
 * cleared so the record shows it was documented. Rules that are not clearable (sterility, scope of practice, active
 * infection, suspicious lesions) are never lowered.
 */
public final class Clearances {
    private Clearances() {
    }

    public static List<Finding> apply(List<Finding> findings, List<Clearance> clearances,
                                      Map<String, RuleDescription> rulesById, int validDays, LocalDate today) {
        if (clearances.isEmpty()) {
            return findings;
        }
        List<Finding> result = new ArrayList<>(findings.size());
        boolean cleared = false;
        for (Finding finding : findings) {
            RuleDescription rule = rulesById.get(finding.ruleId());
            Clearance clearance = matching(finding, clearances, rule, validDays, today);
            if (clearance == null) {
                result.add(finding);
            } else {
                cleared = true;
                result.add(finding.clearedBy(new Cleared(clearance.by(), clearance.date(), finding.decision()),
                        rule.clearedSummary()));
            }
        }
        if (cleared) {
            // A cleared finding is no longer as restrictive as it was: keep the most restrictive first.
            result.sort(Comparator.comparing(Finding::decision).reversed());
        }
        return result;
    }

    private static Clearance matching(Finding finding, List<Clearance> clearances, RuleDescription rule,
                                      int validDays, LocalDate today) {
        if (rule == null || !rule.clearable()
                || finding.decision() == Decision.PROCEED) {
            return null;
        }
        Clearance newest = null;
        for (Clearance clearance : clearances) {
            if (finding.kb().contains(clearance.kb()) && rule.clearableBy().contains(clearance.by())
                    && !clearance.date().plusDays(validDays).isBefore(today)
                    && (newest == null || clearance.date().isAfter(newest.date()))) {
                newest = clearance;
            }
        }
        return newest;
    }
}
