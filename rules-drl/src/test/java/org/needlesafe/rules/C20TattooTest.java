package org.needlesafe.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.needlesafe.rules.ContraindicationCases.areas;
import static org.needlesafe.rules.ContraindicationCases.assertScope;
import static org.needlesafe.rules.ContraindicationCases.condition;
import static org.needlesafe.rules.ContraindicationCases.scenario;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.needlesafe.Assessment;
import org.needlesafe.Decision;
import org.needlesafe.Finding;
import org.needlesafe.PlanChange;
import org.needlesafe.patient.ConditionCode;
import org.needlesafe.patient.ConditionStatus;
import org.needlesafe.plan.Area;

/** C-20: do not needle over a tattoo or permanent make-up: its area leaves the plan. */
class C20TattooTest {
    private static final String IN_AREA = "MN-C20-TATTOO-IN-AREA";
    private static final String ANYWHERE = "MN-C20-TATTOO";

    @ParameterizedTest
    @CsvSource({
        "ACTIVE,     NECK,          CHEEKS NECK,      NECK",
        "CONTROLLED, PERIORBITAL,   CHEEKS PERIORBITAL, PERIORBITAL",
        "ACTIVE,     HANDS,         CHEEKS,           -",
        "HISTORY,    NECK,          CHEEKS NECK,      -",
    })
    void aTattooedAreaLeavesThePlan(ConditionStatus status, Area where, String planned, String expected) {
        List<Finding> findings = scenario().areas(areas(planned))
                .conditions(condition(ConditionCode.TATTOO, status, where)).findings(IN_AREA);

        assertScope(findings, expected);
        assertThat(findings).allSatisfy(finding -> {
            assertThat(finding.decision()).isEqualTo(Decision.MODIFY_PLAN);
            assertThat(finding.planChange()).isEqualTo(PlanChange.removeArea(finding.area()));
        });
    }

    @Test
    void theCaseRollsUpToModifyPlan() {
        Assessment assessment = scenario().areas(Area.CHEEKS, Area.NECK)
                .conditions(condition(ConditionCode.TATTOO, ConditionStatus.ACTIVE, Area.NECK)).assess();

        assertThat(assessment.areaDecisions().get(Area.NECK)).isEqualTo(Decision.MODIFY_PLAN);
        assertThat(assessment.areaDecisions().get(Area.CHEEKS)).isEqualTo(Decision.PROCEED);
        assertThat(assessment.decision()).isEqualTo(Decision.MODIFY_PLAN);
    }

    @ParameterizedTest
    @CsvSource({"ACTIVE, 1", "CONTROLLED, 1", "HISTORY, 0"})
    void aTattooWithoutALocationIsAPrecaution(ConditionStatus status, int expected) {
        ContraindicationCases.Scenario scenario = scenario().conditions(condition(ConditionCode.TATTOO, status));

        assertThat(scenario.findings(IN_AREA)).isEmpty();
        assertThat(scenario.findings(ANYWHERE)).hasSize(expected).allSatisfy(finding -> {
            assertThat(finding.decision()).isEqualTo(Decision.PROCEED_WITH_PRECAUTIONS);
            assertThat(finding.caseWide()).isTrue();
            assertThat(finding.summary()).contains("tattoos and permanent make-up");
        });
    }
}
