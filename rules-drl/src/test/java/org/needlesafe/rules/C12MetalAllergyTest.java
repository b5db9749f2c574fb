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
import org.needlesafe.practitioner.Credential;

/**
 * C-12: a stainless-steel or nickel allergy rules out a SkinPen-type pen; with other devices it goes ahead only after a
 * physician's review, and not before it: anyone but a physician defers until the review is on record, and a physician
 * or dermatologist treating is that review.
 */
class C12MetalAllergyTest {
    private static final String LABEL = "MN-C12-METAL-ALLERGY-LABEL";
    private static final String REVIEW = "MN-C12-METAL-ALLERGY";
    private static final String PHYSICIAN = "MN-C12-METAL-ALLERGY-PHYSICIAN";
    private static final List<String> RULES = List.of(LABEL, REVIEW, PHYSICIAN);

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
        "PEN,              DERMATOLOGIST,      MN-C12-METAL-ALLERGY-LABEL,     DO_NOT_PROCEED,           null",
        "PEN,              NURSE_PRACTITIONER, MN-C12-METAL-ALLERGY-LABEL,     DO_NOT_PROCEED,           null",
        "ROLLER,           NURSE_PRACTITIONER, MN-C12-METAL-ALLERGY,           DEFER,                    PHYSICIAN",
        "STAMP,            REGISTERED_NURSE,   MN-C12-METAL-ALLERGY,           DEFER,                    PHYSICIAN",
        "RF_MICRONEEDLING, PHYSICIAN_ASSISTANT, MN-C12-METAL-ALLERGY,          DEFER,                    PHYSICIAN",
        "ROLLER,           DERMATOLOGIST,      MN-C12-METAL-ALLERGY-PHYSICIAN, PROCEED_WITH_PRECAUTIONS, null",
        "RF_MICRONEEDLING, PHYSICIAN,          MN-C12-METAL-ALLERGY-PHYSICIAN, PROCEED_WITH_PRECAUTIONS, null",
    })
    void theDeviceAndWhoTreatsDecide(Device device, Credential credential, String rule, Decision decision,
                                     Referral referTo) {
        ContraindicationCases.Scenario scenario = scenario().device(device).by(credential)
                .allergies(Allergy.STAINLESS_STEEL_OR_NICKEL);

        Finding finding = single(scenario.findings(rule));
        for (String other : RULES) {
            if (!other.equals(rule)) {
                assertThat(scenario.findings(other)).as(other).isEmpty();
            }
        }
        assertThat(finding.decision()).isEqualTo(decision);
        assertThat(finding.referTo()).isEqualTo(referTo);
        assertThat(finding.basis()).contains("patient.allergies[0]: STAINLESS_STEEL_OR_NICKEL", "plan.device: " + device);
        if (rule.equals(PHYSICIAN)) {
            assertThat(finding.summary()).contains("Document your physician review");
            assertThat(finding.rationale()).contains("not deferred");
        }
    }

    @ParameterizedTest
    @CsvSource({"CHLORHEXIDINE", "TOPICAL_ANESTHETIC", "PABA_OR_SULFONAMIDE"})
    void otherAllergiesAreNotThisRule(Allergy allergy) {
        ContraindicationCases.Scenario scenario = scenario().allergies(allergy).device(Device.ROLLER);
        for (String rule : RULES) {
            assertThat(scenario.findings(rule)).isEmpty();
        }
    }

    @ParameterizedTest
    @CsvSource({
        "PEN,    LABEL,  PHYSICIAN,     false",
        "ROLLER, REVIEW, PHYSICIAN,     true",
        "ROLLER, REVIEW, DERMATOLOGIST, true",
        "ROLLER, REVIEW, PRESCRIBER,    false",
    })
    void aPhysicianReviewClearsOnlyTheNonLabelFinding(Device device, String which, ClearingRole by, boolean cleared) {
        List<Finding> findings = scenario().device(device).by(Credential.NURSE_PRACTITIONER)
                .allergies(Allergy.STAINLESS_STEEL_OR_NICKEL)
                .clearance("C-12", by, daysAgo(1)).findings(which.equals("LABEL") ? LABEL : REVIEW);

        Finding finding = single(findings);
        assertThat(finding.cleared() != null).isEqualTo(cleared);
        if (!cleared) {
            assertThat(finding.rationale()).contains("was not accepted");
            assertThat(finding.basis()).contains("clearances[0]: C-12 by " + by + " on " + daysAgo(1)
                    + ", not accepted");
        }
    }
}
