package org.needlesafe.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.needlesafe.rules.ContraindicationCases.daysAgo;
import static org.needlesafe.rules.ContraindicationCases.scenario;
import static org.needlesafe.rules.ContraindicationCases.single;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.needlesafe.Decision;
import org.needlesafe.Finding;
import org.needlesafe.Referral;
import org.needlesafe.clearance.ClearingRole;
import org.needlesafe.patient.Allergy;
import org.needlesafe.plan.Device;

/** C-12: a stainless-steel or nickel allergy rules out a SkinPen-type pen and sends other devices to a physician. */
class C12MetalAllergyTest {
    private static final String LABEL = "MN-C12-METAL-ALLERGY-LABEL";
    private static final String REVIEW = "MN-C12-METAL-ALLERGY";

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
        "PEN,              MN-C12-METAL-ALLERGY-LABEL, DO_NOT_PROCEED, null",
        "ROLLER,           MN-C12-METAL-ALLERGY,       DEFER,          PHYSICIAN",
        "STAMP,            MN-C12-METAL-ALLERGY,       DEFER,          PHYSICIAN",
        "RF_MICRONEEDLING, MN-C12-METAL-ALLERGY,       DEFER,          PHYSICIAN",
    })
    void theDeviceDecides(Device device, String rule, Decision decision, Referral referTo) {
        ContraindicationCases.Scenario scenario = scenario().device(device)
                .allergies(Allergy.STAINLESS_STEEL_OR_NICKEL);

        Finding finding = single(scenario.findings(rule));
        assertThat(scenario.findings(rule.equals(LABEL) ? REVIEW : LABEL)).isEmpty();
        assertThat(finding.decision()).isEqualTo(decision);
        assertThat(finding.referTo()).isEqualTo(referTo);
        assertThat(finding.basis()).contains("patient.allergies[0]: STAINLESS_STEEL_OR_NICKEL", "plan.device: " + device);
    }

    @ParameterizedTest
    @CsvSource({"CHLORHEXIDINE", "TOPICAL_ANESTHETIC", "PABA_OR_SULFONAMIDE"})
    void otherAllergiesAreNotThisRule(Allergy allergy) {
        ContraindicationCases.Scenario scenario = scenario().allergies(allergy);
        assertThat(scenario.findings(LABEL)).isEmpty();
        assertThat(scenario.findings(REVIEW)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "PEN,    LABEL,  PHYSICIAN,     false",
        "ROLLER, REVIEW, PHYSICIAN,     true",
        "ROLLER, REVIEW, DERMATOLOGIST, true",
        "ROLLER, REVIEW, PRESCRIBER,    false",
    })
    void aPhysicianReviewClearsOnlyTheNonLabelFinding(Device device, String which, ClearingRole by, boolean cleared) {
        List<Finding> findings = scenario().device(device).allergies(Allergy.STAINLESS_STEEL_OR_NICKEL)
                .clearance("C-12", by, daysAgo(1)).findings(which.equals("LABEL") ? LABEL : REVIEW);

        assertThat(single(findings).cleared() != null).isEqualTo(cleared);
    }
}
