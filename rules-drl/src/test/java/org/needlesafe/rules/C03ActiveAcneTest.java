package org.needlesafe.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.needlesafe.rules.ContraindicationCases.areas;
import static org.needlesafe.rules.ContraindicationCases.assertScope;
import static org.needlesafe.rules.ContraindicationCases.condition;
import static org.needlesafe.rules.ContraindicationCases.scenario;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.needlesafe.Decision;
import org.needlesafe.Finding;
import org.needlesafe.Referral;
import org.needlesafe.patient.Condition;
import org.needlesafe.patient.ConditionCode;
import org.needlesafe.patient.ConditionStatus;
import org.needlesafe.plan.Area;

/** C-03: active inflammatory acne defers the affected areas. */
class C03ActiveAcneTest {
    private static final String RULE = "MN-C03-ACTIVE-ACNE";

    @ParameterizedTest
    @CsvSource({
        "ACTIVE,     CHEEKS, CHEEKS CHIN, CHEEKS",
        "ACTIVE,     ,       CHEEKS CHIN, *",
        "ACTIVE,     NECK,   CHEEKS,      -",
        "CONTROLLED, CHEEKS, CHEEKS,      -",
        "HISTORY,    CHEEKS, CHEEKS,      -",
    })
    void defersTheAreasWithActiveAcne(ConditionStatus status, Area where, String planned, String expected) {
        Condition acne = condition(ConditionCode.ACNE_INFLAMMATORY, status, where);

        List<Finding> findings = scenario().areas(areas(planned)).conditions(acne).findings(RULE);

        assertScope(findings, expected);
        assertThat(findings).allSatisfy(finding -> {
            assertThat(finding.decision()).isEqualTo(Decision.DEFER);
            assertThat(finding.referTo()).isEqualTo(Referral.DERMATOLOGIST);
        });
    }
}
