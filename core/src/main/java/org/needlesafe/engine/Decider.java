package org.needlesafe.engine;

import java.util.ArrayList;
import java.util.List;
import org.needlesafe.Assessment;
import org.needlesafe.Decision;
import org.needlesafe.Finding;
import org.needlesafe.JurisdictionRef;
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
 * floor, and, for a {@code MODIFY_PLAN} case, a second, explicit pass describing the treatment as it would go ahead.
 * How rule sessions are managed is the {@link RulePack}'s runner's business, so the benchmarks' naive embedding
 * shares this logic exactly.
 */
public final class Decider {
    private Decider() {
    }

    /**
     * Assesses one valid case.
     *
     * @param treatment     the case, already validated
     * @param profile       the version of its jurisdiction's profile that applies on its assessment date
     * @param configuration the clinic's thresholds and timing windows
     * @param pack          the rules and what fires them
     * @return the assessment
     */
    public static Assessment decide(TreatmentCase treatment, JurisdictionProfile profile,
                                    ClinicConfiguration configuration, RulePack pack) {
        List<UnknownAnswer> unknown = Screening.unknownAnswers(treatment, configuration);
        List<Area> planned = plannedAreas(treatment);
        Report report = new Report(pack.rulesByName(), planned, RuleEngine::firing);
        List<String> firedNames = pack.run(CaseFacts.of(treatment, profile, configuration, unknown), report, false);

        List<Finding> findings = Clearances.apply(report.findings(), treatment.clearances(), pack.rulesById(),
                configuration.clearanceValidDays(), treatment.assessmentDate());
        List<String> missing = new ArrayList<>(unknown.size());
        unknown.forEach(answer -> missing.add(answer.path().text()));
        // Fail-safe whatever the rule pack says: an unknown required answer never lets the case proceed today.
        Decision floor = missing.isEmpty() ? Decision.PROCEED : Decision.DEFER;
        Rollup rollup = Rollup.of(findings, planned, floor);
        boolean goesAhead = rollup.decision().treatableToday();
        Report asItGoesAhead = rollup.decision() == Decision.MODIFY_PLAN
                ? describeModifiedPlan(treatment, findings, rollup, profile, configuration, pack)
                : report;

        List<String> fired = new ArrayList<>(firedNames.size());
        firedNames.forEach(name -> fired.add(pack.byName(name).id()));
        return new Assessment(Assessment.FORMAT_VERSION, treatment.caseId(), rollup.decision(), pack.version(),
                jurisdictionRef(profile), configuration.asMap(), findings,
                rollup.areaDecisions(), missing,
                goesAhead ? asItGoesAhead.sideEffects() : List.of(),
                goesAhead ? asItGoesAhead.aftercare() : List.of(),
                goesAhead ? asItGoesAhead.nextSessionEarliest() : null,
                fired);
    }

    /**
     * The second pass of a {@code MODIFY_PLAN} case: side effects and aftercare describe the treatment as it would go
     * ahead, so screening, the facts and the rules that describe the treatment (no {@code @decision}) run again on
     * the plan after its changes. Its findings and trace are not the case's: the first pass decided.
     */
    private static Report describeModifiedPlan(TreatmentCase treatment, List<Finding> findings, Rollup rollup,
                                               JurisdictionProfile profile, ClinicConfiguration configuration,
                                               RulePack pack) {
        TreatmentCase modified = PlanAsItGoesAhead.of(treatment, findings, rollup.areaDecisions());
        Report asItGoesAhead = new Report(pack.rulesByName(), plannedAreas(modified), RuleEngine::firing);
        pack.run(CaseFacts.of(modified, profile, configuration, Screening.unknownAnswers(modified, configuration)),
                asItGoesAhead, true);
        return asItGoesAhead;
    }

    private static JurisdictionRef jurisdictionRef(JurisdictionProfile profile) {
        return new JurisdictionRef(profile.id(), profile.version(), profile.validFrom(), profile.source(),
                profile.lastChecked());
    }

    private static List<Area> plannedAreas(TreatmentCase treatment) {
        List<Area> planned = new ArrayList<>(treatment.plan().areas().size());
        for (PlannedArea area : treatment.plan().areas()) {
            planned.add(area.area());
        }
        return planned;
    }
}
