package org.needlesafe.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.needlesafe.Assessment;
import org.needlesafe.Decision;
import org.needlesafe.Finding;
import org.needlesafe.JurisdictionRef;
import org.needlesafe.RuleDescription;
import org.needlesafe.TreatmentCase;
import org.needlesafe.configuration.ClinicConfiguration;
import org.needlesafe.jurisdiction.JurisdictionProfile;
import org.needlesafe.plan.Area;
import org.needlesafe.plan.PlannedArea;
import org.needlesafe.rules.CaseFacts;
import org.needlesafe.rules.Report;
import org.needlesafe.rules.Screening;
import org.needlesafe.rules.UnknownAnswer;

/**
 * From a valid case to its assessment: the facts, the rules, clearances, the contract's roll-up with the fail-safe
 * floor, and the treatment as it would go ahead. How rule sessions are managed is the {@link RuleRunner}'s business,
 * so the benchmarks' naive embedding shares this logic exactly.
 */
public final class Decider {
    private Decider() {
    }

    /** Runs the rules over one case's facts; the seam between the decision and the session strategy. */
    public interface RuleRunner {
        /**
         * @param outputsOnly fire only the rules that describe the treatment (no {@code @decision})
         * @return the DRL names of the rules that fired, in firing order
         */
        List<String> run(List<Object> facts, Report report, boolean outputsOnly);
    }

    public static Assessment decide(TreatmentCase treatment, JurisdictionProfile profile, ClinicConfiguration configuration,
                             Map<String, RuleDescription> rulesByName, Map<String, RuleDescription> rulesById,
                             String rulesetVersion, RuleRunner rules) {
        List<UnknownAnswer> unknown = Screening.unknownAnswers(treatment, configuration);
        List<Area> planned = plannedAreas(treatment);
        Report report = new Report(rulesByName, planned);
        List<String> firedNames = rules.run(CaseFacts.of(treatment, profile, configuration, unknown), report, false);

        List<Finding> findings = Clearances.apply(report.findings(), treatment.clearances(), rulesById,
                configuration.clearanceValidDays(), treatment.assessmentDate());
        List<String> missing = new ArrayList<>(unknown.size());
        unknown.forEach(answer -> missing.add(answer.path()));
        // Fail-safe whatever the rule pack says: an unknown required answer never lets the case proceed today.
        Decision floor = missing.isEmpty() ? Decision.PROCEED : Decision.DEFER;
        Rollup rollup = Rollup.of(findings, planned, floor);
        boolean goesAhead = rollup.decision().treatableToday();
        Report asItGoesAhead = report;
        if (rollup.decision() == Decision.MODIFY_PLAN) {
            // Side effects and aftercare describe the treatment as it would go ahead: the plan after its changes.
            TreatmentCase modified = PlanAsItGoesAhead.of(treatment, findings, rollup.areaDecisions());
            asItGoesAhead = new Report(rulesByName, plannedAreas(modified));
            rules.run(CaseFacts.of(modified, profile, configuration, Screening.unknownAnswers(modified, configuration)),
                    asItGoesAhead, true);
        }

        List<String> fired = new ArrayList<>(firedNames.size());
        firedNames.forEach(name -> fired.add(rulesByName.get(name).id()));
        return new Assessment(Assessment.FORMAT_VERSION, treatment.caseId(), rollup.decision(), rulesetVersion,
                JurisdictionRef.of(profile), configuration.asMap(), findings,
                rollup.areaDecisions(), missing,
                goesAhead ? asItGoesAhead.sideEffects() : List.of(),
                goesAhead ? asItGoesAhead.aftercare() : List.of(),
                goesAhead ? asItGoesAhead.nextSessionEarliest() : null,
                fired);
    }

    private static List<Area> plannedAreas(TreatmentCase treatment) {
        List<Area> planned = new ArrayList<>(treatment.plan().areas().size());
        for (PlannedArea area : treatment.plan().areas()) {
            planned.add(area.area());
        }
        return planned;
    }
}
