package org.needlesafe.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.needlesafe.Assessment;
import org.needlesafe.Category;
import org.needlesafe.Decision;
import org.needlesafe.KbItem;
import org.needlesafe.Referral;
import org.needlesafe.clearance.Clearance;
import org.needlesafe.clearance.ClearingRole;
import org.needlesafe.patient.Condition;
import org.needlesafe.patient.ConditionCode;
import org.needlesafe.patient.ConditionStatus;

/** a positive body dysmorphic disorder screen. */
class Q01BddScreenTest {
    private static final String BDD = "MN-Q01-BDD-SCREEN-POSITIVE";

    private static DsxCases.Variant bdd(ConditionStatus status) {
        return DsxCases.clean().patient(p -> p.conditions(Condition.of(ConditionCode.BDD_SCREEN_POSITIVE, status)));
    }

    @ParameterizedTest
    @EnumSource(ConditionStatus.class)
    void aPositiveScreenDefersForASuitabilityAssessment(ConditionStatus status) {
        Assessment assessment = bdd(status).assess();

        assertThat(DsxCases.findings(assessment, BDD)).singleElement().satisfies(finding -> {
            assertThat(finding.decision()).isEqualTo(Decision.DEFER);
            assertThat(finding.category()).isEqualTo(Category.SCREENING);
            assertThat(finding.caseWide()).isTrue();
            assertThat(finding.referTo()).isEqualTo(Referral.PHYSICIAN);
            assertThat(KbItem.ids(finding.kb())).containsExactly("Q-01");
            assertThat(finding.basis()).contains("patient.conditions[0]: BDD_SCREEN_POSITIVE " + status);
        });
        assertThat(assessment.decision()).isEqualTo(Decision.DEFER);
    }

    @Test
    void noPositiveScreenNoFinding() {
        assertThat(DsxCases.clean().findings(BDD)).isEmpty();
    }

    @ParameterizedTest(name = "clearance by {0}, {1} days old: cleared {2}")
    @CsvSource({
            "PHYSICIAN, 0, true",
            "DERMATOLOGIST, 30, true",
            "PHYSICIAN, 89, true",
            "PHYSICIAN, 90, true",
            "PHYSICIAN, 91, false",
            "PRESCRIBER, 0, false"})
    void aPhysicianCanClearIt(ClearingRole by, int daysOld, boolean cleared) {
        Assessment assessment = bdd(ConditionStatus.ACTIVE)
                .clearance(new Clearance("Q-01", by, DsxCases.daysAgo(daysOld))).assess();

        assertThat(DsxCases.findings(assessment, BDD)).singleElement().satisfies(finding -> {
            assertThat(finding.decision())
                    .isEqualTo(cleared ? Decision.PROCEED_WITH_PRECAUTIONS : Decision.DEFER);
            assertThat(finding.cleared() != null).isEqualTo(cleared);
        });
        assertThat(assessment.decision())
                .isEqualTo(cleared ? Decision.PROCEED_WITH_PRECAUTIONS : Decision.DEFER);
    }
}
