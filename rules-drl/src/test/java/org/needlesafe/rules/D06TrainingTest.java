package org.needlesafe.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.needlesafe.Assessment;
import org.needlesafe.Category;
import org.needlesafe.Decision;
import org.needlesafe.Referral;
import org.needlesafe.plan.Area;
import org.needlesafe.plan.PlannedArea;
import org.needlesafe.practitioner.Credential;
import org.needlesafe.practitioner.Practitioner;

/** D-06: microneedling-specific training and experience. */
class D06TrainingTest {
    private static final String NO_TRAINING = "MN-D06-NO-TRAINING";
    private static final String LITTLE_EXPERIENCE = "MN-D06-LITTLE-EXPERIENCE";

    @Test
    void noTrainingIsRefusedWhateverTheCredential() {
        Assessment assessment = DsxCases.clean()
                .practitioner(new Practitioner(Credential.DERMATOLOGIST, false, false, 20)).assess();

        assertThat(DsxCases.findings(assessment, NO_TRAINING)).singleElement().satisfies(finding -> {
            assertThat(finding.decision()).isEqualTo(Decision.DO_NOT_PROCEED);
            assertThat(finding.category()).isEqualTo(Category.CREDENTIAL);
            assertThat(finding.caseWide()).isTrue();
            assertThat(finding.referTo()).isEqualTo(Referral.QUALIFIED_PRACTITIONER);
            assertThat(finding.basis()).contains("practitioner.microneedlingTraining: false",
                    "practitioner.credential: DERMATOLOGIST");
        });
        assertThat(assessment.decision()).isEqualTo(Decision.DO_NOT_PROCEED);
    }

    @Test
    void unknownTrainingIsAScreeningAnswerNotARefusal() {
        Assessment assessment = DsxCases.clean()
                .practitioner(new Practitioner(Credential.DERMATOLOGIST, null, false, 20)).assess();

        assertThat(DsxCases.findings(assessment, NO_TRAINING)).isEmpty();
        assertThat(assessment.missingInformation()).containsExactly("practitioner.microneedlingTraining");
        assertThat(DsxCases.findings(assessment, "MN-SCREEN-UNKNOWN-ANSWER")).hasSize(1);
        assertThat(assessment.decision()).isEqualTo(Decision.DEFER);
    }

    @Test
    void trainingRaisesNothing() {
        assertThat(DsxCases.clean().practitioner(new Practitioner(Credential.DERMATOLOGIST, true, false, 20))
                .assess().findings()).isEmpty();
    }

    @ParameterizedTest(name = "{0} year(s), {1} mm: review {2}")
    @CsvSource({
            "0, 1.5, true",
            "0, 1.01, true",
            "0, 1.001, true",
            "0, 1.0, false",
            "0, 0.5, false",
            "1, 1.5, false",
            "5, 1.5, false",
            ", 1.5, true",
            ", 1.0, false"})
    void littleExperienceWithADeepPlanGetsASeniorReview(Integer years, String depth, boolean fires) {
        Assessment assessment = DsxCases.clean()
                .practitioner(new Practitioner(Credential.DERMATOLOGIST, true, false, years))
                .areas(PlannedArea.of(Area.CHEEKS, depth), PlannedArea.of(Area.CHIN, "0.5")).assess();

        if (!fires) {
            assertThat(DsxCases.findings(assessment, LITTLE_EXPERIENCE)).isEmpty();
            assertThat(assessment.decision()).isEqualTo(Decision.PROCEED);
            return;
        }
        assertThat(DsxCases.findings(assessment, LITTLE_EXPERIENCE)).singleElement().satisfies(finding -> {
            assertThat(finding.decision()).isEqualTo(Decision.PROCEED_WITH_PRECAUTIONS);
            assertThat(finding.area()).isEqualTo(Area.CHEEKS);
            assertThat(finding.basis()).contains("practitioner.yearsExperience: " + (years == null ? "unknown" : years));
        });
        assertThat(assessment.areaDecisions())
                .containsEntry(Area.CHEEKS, Decision.PROCEED_WITH_PRECAUTIONS)
                .containsEntry(Area.CHIN, Decision.PROCEED);
    }
}
