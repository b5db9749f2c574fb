package org.needlesafe.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.needlesafe.Cleared;
import org.needlesafe.Decision;
import org.needlesafe.Finding;
import org.needlesafe.RuleDescription;
import org.needlesafe.clearance.Clearance;
import org.needlesafe.clearance.ClearingRole;
import org.needlesafe.rules.CaseFields;
import org.needlesafe.text.Message;

/**
 * Applies documented clearances: a finding of a clearable rule, for the cleared knowledge-base item, by a role the
 * rule accepts, no older than the window (a clearance exactly {@code validDays} old still counts), drops to
 * {@code PROCEED_WITH_PRECAUTIONS} and stays visible with what it replaced. A clearable precaution (such as HSV
 * prophylaxis arranged by the prescriber) stays a precaution, marked cleared so the record shows it was documented.
 * Rules that are not clearable (sterility, scope of practice, active infection, suspicious lesions) are never
 * lowered.
 *
 * <p>A clearance for a finding's item that cannot lower it (a role the rule does not name, older than the window, or
 * a finding that is never clearable) leaves the finding as it is, and the finding says so and why: the record must
 * not suggest a clearance counted when it did not.
 */
final class Clearances {
    private Clearances() {
    }

    static List<Finding> apply(List<Finding> findings, List<Clearance> clearances,
                               Map<String, RuleDescription> rulesById, int validDays, LocalDate today) {
        if (clearances.isEmpty()) {
            return findings;
        }
        List<Finding> result = new ArrayList<>(findings.size());
        boolean cleared = false;
        for (Finding finding : findings) {
            RuleDescription rule = rulesById.get(finding.ruleId());
            Clearance clearance = matching(finding, clearances, rule, validDays, today);
            if (clearance != null) {
                cleared = true;
                result.add(finding.clearedBy(new Cleared(clearance.by(), clearance.date(), finding.decision()),
                        Message.of(rule.id() + ".clearedSummary", rule.clearedSummary())));
            } else {
                result.add(withRefusals(finding, clearances, rule, validDays, today));
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
            if (cites(finding, clearance) && rule.clearableBy().contains(clearance.by())
                    && current(clearance, validDays, today)
                    && (newest == null || clearance.date().isAfter(newest.date()))) {
                newest = clearance;
            }
        }
        return newest;
    }

    /** The finding with a note for every clearance of its item that did not lower it; unchanged when none. */
    private static Finding withRefusals(Finding finding, List<Clearance> clearances, RuleDescription rule,
                                        int validDays, LocalDate today) {
        if (rule == null || (!rule.clearable()
                && !finding.decision().moreRestrictiveThan(Decision.PROCEED_WITH_PRECAUTIONS))) {
            // A precaution that is never clearable loses nothing by a clearance: nothing to explain.
            return finding;
        }
        Finding noted = finding;
        for (int i = 0; i < clearances.size(); i++) {
            Clearance clearance = clearances.get(i);
            if (cites(finding, clearance)) {
                noted = noted.withClearanceNotAccepted(CaseFields.CLEARANCES.index(i).is(clearance.kb() + " by "
                        + clearance.by() + " on " + clearance.date() + ", not accepted"),
                        Message.keyed("clearance.notAccepted", clearance.kb(), Message.withArticle(clearance.by()),
                                clearance.date(), why(clearance, rule, validDays, today)));
            }
        }
        return noted;
    }

    /** Whether the clearance is for one of the finding's knowledge-base items. */
    private static boolean cites(Finding finding, Clearance clearance) {
        return finding.kb().stream().anyMatch(item -> item.id().equals(clearance.kb()));
    }

    private static Message why(Clearance clearance, RuleDescription rule, int validDays, LocalDate today) {
        if (!rule.clearable()) {
            return Message.keyed("clearance.neverClearable");
        }
        if (!rule.clearableBy().contains(clearance.by())) {
            Object roles = null;
            for (ClearingRole role : EnumSet.copyOf(rule.clearableBy())) {
                Object named = Message.withArticle(role);
                roles = roles == null ? named : Message.keyed("clearance.roles", roles, named);
            }
            return Message.keyed("clearance.onlyBy", roles);
        }
        return Message.keyed("clearance.tooOld", validDays);
    }

    private static boolean current(Clearance clearance, int validDays, LocalDate today) {
        return !clearance.date().plusDays(validDays).isBefore(today);
    }
}
