package org.needlesafe.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.needlesafe.rules.ContraindicationCases.areas;
import static org.needlesafe.rules.ContraindicationCases.assertScope;
import static org.needlesafe.rules.ContraindicationCases.condition;
import static org.needlesafe.rules.ContraindicationCases.daysAgo;
import static org.needlesafe.rules.ContraindicationCases.scenario;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.needlesafe.Assessment;
import org.needlesafe.Decision;
import org.needlesafe.Finding;
import org.needlesafe.Referral;
import org.needlesafe.clearance.ClearingRole;
import org.needlesafe.patient.ConditionCode;
import org.needlesafe.patient.ConditionStatus;
import org.needlesafe.plan.Area;

/** C-11: never needle over skin cancer, a suspicious lesion or an actinic keratosis; refer for diagnosis. */
class C11SuspiciousLesionTest {
    private static final String RULE = "MN-C11-SUSPICIOUS-LESION";

    @ParameterizedTest
    @CsvSource({
        "SKIN_CANCER,       ACTIVE,     NOSE,   CHEEKS NOSE, NOSE",
        "SUSPICIOUS_LESION, ACTIVE,     ,       CHEEKS NOSE, *",
        "ACTINIC_KERATOSIS, CONTROLLED, CHEEKS, CHEEKS,      CHEEKS",
        "ACTINIC_KERATOSIS, ACTIVE,     HANDS,  CHEEKS,      -",
        "SKIN_CANCER,       HISTORY,    CHEEKS, CHEEKS,      -",
        "ACTINIC_KERATOSIS, HISTORY,    ,       CHEEKS,      -",
    })
    void doesNotNeedleOverTheLesion(ConditionCode code, ConditionStatus status, Area where, String planned,
                                    String expected) {
        List<Finding> findings = scenario().areas(areas(planned))
                .conditions(condition(code, status, where))
                .findings(RULE);

        assertScope(findings, expected);
        assertThat(findings).allSatisfy(finding -> {
            assertThat(finding.decision()).isEqualTo(Decision.DO_NOT_PROCEED);
            assertThat(finding.referTo()).isEqualTo(Referral.DERMATOLOGIST);
        });
    }

    @Test
    void aLesionOnTheNoseLeavesTheCheeksTreatable() {
        Assessment assessment = scenario().areas(Area.CHEEKS, Area.NOSE)
                .conditions(condition(ConditionCode.SUSPICIOUS_LESION, ConditionStatus.ACTIVE, Area.NOSE)).assess();

        assertThat(assessment.areaDecisions().get(Area.NOSE)).isEqualTo(Decision.DO_NOT_PROCEED);
        assertThat(assessment.areaDecisions().get(Area.CHEEKS)).isEqualTo(Decision.PROCEED);
        assertThat(assessment.decision()).isEqualTo(Decision.MODIFY_PLAN);
    }

    @ParameterizedTest
    @EnumSource(ClearingRole.class)
    void aSuspiciousLesionIsNeverCleared(ClearingRole role) {
        List<Finding> findings = scenario()
                .conditions(condition(ConditionCode.SUSPICIOUS_LESION, ConditionStatus.ACTIVE, Area.CHEEKS))
                .clearance("C-11", role, daysAgo(1)).findings(RULE);

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.decision()).isEqualTo(Decision.DO_NOT_PROCEED);
            assertThat(finding.cleared()).isNull();
        });
    }
}
