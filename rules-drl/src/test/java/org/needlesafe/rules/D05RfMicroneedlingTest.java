package org.needlesafe.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.needlesafe.Assessment;
import org.needlesafe.Decision;
import org.needlesafe.Referral;
import org.needlesafe.plan.Area;
import org.needlesafe.plan.Device;
import org.needlesafe.plan.PlannedArea;
import org.needlesafe.practitioner.Credential;
import org.needlesafe.text.DisplayNames;

/** D-05: RF microneedling is physician-level, per the profile's rf.credentials. */
class D05RfMicroneedlingTest {
    private static final String RF = "MN-D05-RF-NOT-IN-SCOPE";

    @ParameterizedTest(name = "{0}: {1} supervised {2} with {3}: refused {4}")
    @CsvSource({
            "US-CA, DERMATOLOGIST, false, RF_MICRONEEDLING, false",
            "US-CA, PHYSICIAN, false, RF_MICRONEEDLING, false",
            "GB-ENG, PHYSICIAN, false, RF_MICRONEEDLING, false",
            "US-CA, NURSE_PRACTITIONER, false, RF_MICRONEEDLING, true",
            "US-CA, PHYSICIAN_ASSISTANT, false, RF_MICRONEEDLING, true",
            "US-CA, REGISTERED_NURSE, true, RF_MICRONEEDLING, true",
            "US-UT, MASTER_ESTHETICIAN, true, RF_MICRONEEDLING, true",
            "US-NC, ESTHETICIAN, false, RF_MICRONEEDLING, true",
            "GB-ENG, LICENSED_AESTHETIC_PRACTITIONER, false, RF_MICRONEEDLING, true",
            "US-CA, NURSE_PRACTITIONER, false, PEN, false",
            "US-NC, ESTHETICIAN, true, ROLLER, false"})
    void rfNeedsACredentialTheProfileNames(String jurisdiction, Credential credential, boolean supervised,
                                            Device device, boolean refused) {
        Assessment assessment = DsxCases.clean().jurisdiction(jurisdiction).practitioner(credential, supervised)
                .plan(p -> p.device(device)).areas(PlannedArea.of(Area.CHEEKS, "0.5")).assess();

        if (!refused) {
            assertThat(DsxCases.findings(assessment, RF)).isEmpty();
            assertThat(assessment.decision()).isEqualTo(Decision.PROCEED);
            return;
        }
        assertThat(DsxCases.findings(assessment, RF)).singleElement().satisfies(finding -> {
            assertThat(finding.decision()).isEqualTo(Decision.DO_NOT_PROCEED);
            assertThat(finding.caseWide()).isTrue();
            assertThat(finding.referTo()).isEqualTo(Referral.PHYSICIAN);
            assertThat(finding.rationale()).contains("15 October 2025", "dermatologist, physician");
            assertThat(finding.summary()).contains(", not " + ("AEIOU".indexOf(credential.name().charAt(0)) >= 0
                    ? "an " : "a ") + DisplayNames.english().of(credential) + ";");
            assertThat(finding.basis()).contains("plan.device: RF_MICRONEEDLING",
                    "practitioner.credential: " + credential, "jurisdiction: " + jurisdiction);
        });
        assertThat(assessment.decision()).isEqualTo(Decision.DO_NOT_PROCEED);
    }
}
