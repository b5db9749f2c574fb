package org.needlesafe.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.needlesafe.Assessment;
import org.needlesafe.Decision;
import org.needlesafe.PlanChange;
import org.needlesafe.plan.Area;
import org.needlesafe.plan.PlannedArea;
import org.needlesafe.practitioner.Credential;

/** D-02: facial needling deeper than 1.5 mm is for physicians. */
class D02DepthTest {
    private static final String NON_PHYSICIAN = "MN-D02-FACIAL-DEPTH-NON-PHYSICIAN";
    private static final String PHYSICIAN = "MN-D02-FACIAL-DEPTH-PHYSICIAN";

    /** A supervised registered nurse in California may needle to any depth: only D-02 limits the face. */
    private static DsxCases.Variant nurse(Area area, String depth) {
        return DsxCases.clean().practitioner(Credential.REGISTERED_NURSE, true)
                .areas(PlannedArea.of(area, depth));
    }

    @ParameterizedTest(name = "{0} at {1} mm by a supervised nurse: fires {2}")
    @CsvSource({
            "CHEEKS, 1.5, false",
            "CHEEKS, 1.51, true",
            "CHEEKS, 2.5, true",
            "CHIN, 1.6, true",
            "PERIORAL, 2.0, true",
            "NECK, 2.5, false",
            "ABDOMEN, 3.0, false",
            "SCALP, 2.0, false"})
    void aNonPhysicianCapsFacialDepthAtOnePointFive(Area area, String depth, boolean fires) {
        Assessment assessment = nurse(area, depth).assess();

        if (!fires) {
            assertThat(DsxCases.findings(assessment, NON_PHYSICIAN)).isEmpty();
            assertThat(assessment.decision()).isEqualTo(Decision.PROCEED);
            return;
        }
        assertThat(DsxCases.findings(assessment, NON_PHYSICIAN)).singleElement().satisfies(finding -> {
            assertThat(finding.decision()).isEqualTo(Decision.MODIFY_PLAN);
            assertThat(finding.area()).isEqualTo(area);
            assertThat(finding.planChange()).isEqualTo(PlanChange.maxDepth(area, new BigDecimal("1.5")));
            assertThat(finding.basis()).contains("practitioner.credential: REGISTERED_NURSE",
                    "plan.areas[0]: " + area + " at " + depth + " mm");
            assertThat(finding.rationale()).contains("Area-scoped");
        });
        assertThat(assessment.decision()).isEqualTo(Decision.MODIFY_PLAN);
    }

    @ParameterizedTest
    @CsvSource({"NURSE_PRACTITIONER, false", "PHYSICIAN_ASSISTANT, false", "REGISTERED_NURSE, true"})
    void advancedPracticeIsNotPhysician(Credential credential, boolean supervised) {
        assertThat(DsxCases.clean().practitioner(credential, supervised)
                .areas(PlannedArea.of(Area.CHEEKS, "2.0")).findings(NON_PHYSICIAN)).hasSize(1);
    }

    @Test
    void aSupervisedMasterEstheticianInUtahIsCappedByDepthNotByScope() {
        Assessment assessment = DsxCases.clean().jurisdiction("US-UT")
                .practitioner(Credential.MASTER_ESTHETICIAN, true)
                .areas(PlannedArea.of(Area.CHEEKS, "2.0")).assess();

        assertThat(DsxCases.findings(assessment, "MN-D04-DEPTH-OVER-SCOPE")).isEmpty();
        assertThat(DsxCases.findings(assessment, NON_PHYSICIAN)).hasSize(1);
    }

    @ParameterizedTest(name = "a dermatologist at {0} mm: fires {1}")
    @CsvSource({"1.5, false", "1.51, true", "3.0, true"})
    void aPhysicianGoesDeeperWithPrecautions(String depth, boolean fires) {
        Assessment assessment = DsxCases.clean().areas(PlannedArea.of(Area.CHEEKS, depth)).assess();

        assertThat(DsxCases.findings(assessment, NON_PHYSICIAN)).isEmpty();
        if (!fires) {
            assertThat(DsxCases.findings(assessment, PHYSICIAN)).isEmpty();
            return;
        }
        assertThat(DsxCases.findings(assessment, PHYSICIAN)).singleElement().satisfies(finding -> {
            assertThat(finding.decision()).isEqualTo(Decision.PROCEED_WITH_PRECAUTIONS);
            assertThat(finding.area()).isEqualTo(Area.CHEEKS);
            assertThat(finding.planChange()).isNull();
            assertThat(finding.rationale()).contains("not evaluated above 1.5 mm");
        });
        assertThat(assessment.decision()).isEqualTo(Decision.PROCEED_WITH_PRECAUTIONS);
    }

    @Test
    void onlyTheDeepAreaChanges() {
        Assessment assessment = DsxCases.clean().practitioner(Credential.REGISTERED_NURSE, true)
                .areas(PlannedArea.of(Area.CHEEKS, "2.0"), PlannedArea.of(Area.CHIN, "1.0")).assess();

        assertThat(assessment.areaDecisions())
                .containsEntry(Area.CHEEKS, Decision.MODIFY_PLAN)
                .containsEntry(Area.CHIN, Decision.PROCEED);
        assertThat(assessment.decision()).isEqualTo(Decision.MODIFY_PLAN);
    }
}
