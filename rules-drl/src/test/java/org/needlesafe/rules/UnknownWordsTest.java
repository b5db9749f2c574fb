package org.needlesafe.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.needlesafe.Assessment;
import org.needlesafe.Finding;
import org.needlesafe.TreatmentCase;
import org.needlesafe.patient.Patient;
import org.needlesafe.plan.Area;
import org.needlesafe.plan.Device;
import org.needlesafe.plan.PlannedArea;
import org.needlesafe.plan.TreatmentPlan;
import org.needlesafe.practitioner.Credential;
import org.needlesafe.practitioner.Practitioner;
import org.needlesafe.setup.SterileSetup;

/**
 * Unknown is never "no", in words either (KB section 9): the basis and the text of a finding say "unknown" for an
 * unknown answer, never "false", "none" or "null".
 */
class UnknownWordsTest {

    private static Assessment scope(String jurisdiction, Credential credential, Boolean supervised, String depth) {
        return Cases.assess(Cases.clean().toBuilder().jurisdiction(jurisdiction)
                .practitioner(new Practitioner(credential, true, supervised, 10))
                .plan(Cases.plan().areas(PlannedArea.of(Area.CHEEKS, depth)).build()).build());
    }

    private static Finding only(Assessment assessment, String ruleId) {
        List<Finding> findings = assessment.findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
        assertThat(findings).hasSize(1);
        return findings.get(0);
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
        // supervised, what the basis says, the rationale names the unknown
        "null,         unknown,             true",
        "false,        false,               false",
    })
    void anUnknownSupervisingPhysicianReadsUnknownWhenTheCredentialIsOutOfScope(Boolean supervised, String words,
                                                                              boolean namesTheUnknown) {
        Finding finding = only(scope("US-CA", Credential.REGISTERED_NURSE, supervised, "0.5"), "MN-D04-NOT-IN-SCOPE");

        assertThat(finding.basis()).contains("practitioner.supervisingPhysician: " + words);
        assertThat(finding.rationale().contains("whether one supervises is unknown")).isEqualTo(namesTheUnknown);
        assertThat(finding.rationale()).contains("may needle only under a supervising physician");
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
        "null,  unknown, true",
        "false, false,   false",
    })
    void anUnknownSupervisingPhysicianReadsUnknownWhenTheDepthIsOutOfScope(Boolean supervised, String words,
                                                                         boolean namesTheUnknown) {
        // Utah: a master esthetician to 1.5 mm alone, deeper only under supervision.
        Finding finding = only(scope("US-UT", Credential.MASTER_ESTHETICIAN, supervised, "2.0"),
                "MN-D04-DEPTH-OVER-SCOPE");

        assertThat(finding.basis()).contains("practitioner.supervisingPhysician: " + words);
        assertThat(finding.rationale().contains("whether a physician supervises is unknown, so none is counted"))
                .isEqualTo(namesTheUnknown);
    }

    /** A case with every optional answer unknown that still reaches the rules that print answers. */
    @Test
    void noFindingOfACaseFullOfUnknownsSaysFalseNoneOrNullForAnUnknownAnswer() {
        TreatmentCase unknowns = Cases.clean().toBuilder().jurisdiction("US-UT")
                .patient(Patient.builder().ageYears(19).build())
                .practitioner(new Practitioner(Credential.MASTER_ESTHETICIAN, true, null, null))
                .setup(SterileSetup.builder().build())
                .plan(TreatmentPlan.builder().device(Device.ROLLER).areas(PlannedArea.of(Area.CHEEKS, "2.0")).build())
                .build();

        Assessment assessment = Cases.assess(unknowns);

        List<String> texts = new ArrayList<>();
        for (Finding finding : assessment.findings()) {
            texts.add(finding.summary());
            texts.add(finding.rationale());
            texts.addAll(finding.basis());
        }
        assertThat(assessment.findings()).extracting(Finding::ruleId)
                .contains("MN-D04-DEPTH-OVER-SCOPE", "MN-D06-LITTLE-EXPERIENCE", "MN-SCREEN-UNKNOWN-ANSWER");
        assertThat(texts).noneMatch(text -> text.contains("null"));
        assertThat(texts).noneMatch(text -> text.matches("(?s).*(supervisingPhysician|microneedlingTraining"
                + "|yearsExperience|deviceCleared|topicalAnesthetic|pregnant|breastfeeding)[^.;]*: (false|none).*"));
        assertThat(texts).contains("practitioner.supervisingPhysician: unknown", "practitioner.yearsExperience: unknown",
                "plan.deviceCleared: unknown");
    }
}
