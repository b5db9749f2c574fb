package org.needlesafe.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.needlesafe.Assessment;
import org.needlesafe.Decision;
import org.needlesafe.patient.Condition;
import org.needlesafe.patient.ConditionCode;
import org.needlesafe.patient.ConditionStatus;
import org.needlesafe.plan.Area;

class SmokeTest {
    @Test
    void cleanCaseProceeds() {
        Assessment assessment = Cases.assess(Cases.clean());
        System.out.println(assessment);
        assertThat(assessment.findings()).isEmpty();
        assertThat(assessment.decision()).isEqualTo(Decision.PROCEED);
    }

    @Test
    void coldSoreDefers() {
        Assessment assessment = Cases.assess(Cases.clean().toBuilder().patient(Cases.patient()
                .conditions(Condition.in(ConditionCode.HERPES_SIMPLEX, ConditionStatus.ACTIVE, Area.PERIORAL))
                .pregnant(null).build()).build());
        System.out.println(assessment);
        assertThat(assessment.decision()).isEqualTo(Decision.DEFER);
    }
}
