package org.needlesafe.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.needlesafe.rules.ContraindicationCases.daysAgo;
import static org.needlesafe.rules.ContraindicationCases.single;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.needlesafe.Decision;
import org.needlesafe.Finding;
import org.needlesafe.PlanChange;
import org.needlesafe.TreatmentCase;
import org.needlesafe.clearance.Clearance;
import org.needlesafe.clearance.ClearingRole;

/** C-09: pregnancy defers; breastfeeding defers unless a physician decides otherwise. */
class C09PregnancyTest {

    private static TreatmentCase with(boolean pregnant, boolean breastfeeding, Clearance... clearances) {
        return Cases.clean().toBuilder()
                .patient(Cases.patient().pregnant(pregnant).breastfeeding(breastfeeding).build())
                .clearances(clearances).build();
    }

    @ParameterizedTest
    @CsvSource({"true, false, 1, 0", "false, true, 0, 1", "true, true, 1, 1", "false, false, 0, 0"})
    void pregnancyAndBreastfeedingDefer(boolean pregnant, boolean breastfeeding, int pregnancyFindings,
                                        int breastfeedingFindings) {
        TreatmentCase treatment = with(pregnant, breastfeeding);

        List<Finding> pregnancy = Cases.findings(treatment, "MN-C09-PREGNANT");
        List<Finding> nursing = Cases.findings(treatment, "MN-C09-BREASTFEEDING");

        assertThat(pregnancy).hasSize(pregnancyFindings)
                .allSatisfy(finding -> assertThat(finding.decision()).isEqualTo(Decision.DEFER));
        assertThat(nursing).hasSize(breastfeedingFindings)
                .allSatisfy(finding -> assertThat(finding.decision()).isEqualTo(Decision.DEFER));
    }

    @ParameterizedTest
    @CsvSource({"PHYSICIAN, true", "DERMATOLOGIST, true", "PRESCRIBER, false"})
    void aPhysicianClearsBreastfeedingButNotPregnancy(ClearingRole by, boolean cleared) {
        TreatmentCase treatment = with(true, true, new Clearance("C-09", by, daysAgo(3)));

        assertThat(single(Cases.findings(treatment, "MN-C09-BREASTFEEDING")).cleared() != null).isEqualTo(cleared);
        assertThat(single(Cases.findings(treatment, "MN-C09-PREGNANT")).decision()).isEqualTo(Decision.DEFER);
    }

    @ParameterizedTest
    @CsvSource(nullValues = "unknown", value = {
        // pregnant, breastfeeding, anaesthetic planned, anaesthetic finding
        "false,      true,          true,                breastfeeding",
        "true,       false,         true,                pregnant",
        "false,      true,          unknown,             breastfeeding",
        "true,       false,         unknown,             pregnant",
        "false,      false,         true,                -",
        "false,      false,         unknown,             -",
        "false,      true,          false,               -",
    })
    void theAnaestheticComesOutInPregnancyAndWhileBreastfeedingEvenWhenCleared(boolean pregnant, boolean breastfeeding,
                                                                               Boolean anaesthetic, String why) {
        TreatmentCase treatment = with(pregnant, breastfeeding, new Clearance("C-09", ClearingRole.PHYSICIAN,
                daysAgo(3)));
        treatment = treatment.toBuilder().plan(Cases.plan().topicalAnesthetic(anaesthetic).build()).build();

        List<Finding> findings = Cases.findings(treatment, "MN-C13-ANESTHETIC-PREGNANCY-OR-BREASTFEEDING");

        if (why.equals("-")) {
            assertThat(findings).isEmpty();
            return;
        }
        Finding finding = single(findings);
        assertThat(finding.decision()).isEqualTo(Decision.MODIFY_PLAN);
        assertThat(finding.cleared()).isNull();
        assertThat(finding.planChange()).isEqualTo(PlanChange.withoutAnesthetic());
        assertThat(finding.caseWide()).isTrue();
        assertThat(finding.summary()).endsWith("the patient is " + why);
        assertThat(finding.basis()).contains("plan.topicalAnesthetic: " + (anaesthetic == null ? "unknown" : "true"),
                "patient." + why + ": true");
    }
}
