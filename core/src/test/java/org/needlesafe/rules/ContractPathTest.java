package org.needlesafe.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.needlesafe.patient.ConditionCode;
import org.needlesafe.patient.ConditionStatus;
import org.needlesafe.plan.Area;

class ContractPathTest {
    @Test
    void pathsAreWrittenTheContractsWay() {
        assertThat(CaseFields.PLAN_DEVICE).hasToString("plan.device");
        assertThat(CaseFields.ASSESSMENT_DATE).hasToString("assessmentDate");
        assertThat(CaseFields.PLAN_TOPICALS.index(1).field("sterileForProcedure"))
                .hasToString("plan.topicals[1].sterileForProcedure");
        assertThat(ContractPath.CASE).hasToString("");
    }

    @Test
    void anAbsentValueReadsUnknownNeverNullOrFalse() {
        assertThat(CaseFields.PLAN_TOPICAL_ANESTHETIC.is(null)).isEqualTo("plan.topicalAnesthetic: unknown");
        assertThat(CaseFields.SETUP_GLOVES.is(false)).isEqualTo("setup.gloves: false");
    }

    @Test
    void aFactNamesItsOwnEntry() {
        ConditionFact condition = new ConditionFact(2, ConditionCode.HERPES_SIMPLEX, ConditionStatus.ACTIVE,
                Set.of(Area.PERIORAL), null, LocalDate.of(2026, 12, 1));
        assertThat(condition.path()).hasToString("patient.conditions[2]");
        assertThat(condition.basis()).isEqualTo("patient.conditions[2]: HERPES_SIMPLEX ACTIVE in PERIORAL");
        assertThat(new AreaFact(0, Area.CHEEKS, new BigDecimal("1.50")).basis())
                .isEqualTo("plan.areas[0]: CHEEKS at 1.50 mm");
        assertThat(condition).hasToString("ConditionFact[patient.conditions[2]]");
    }
}
