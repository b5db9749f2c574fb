package org.needlesafe.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.needlesafe.rules.ContraindicationCases.areas;
import static org.needlesafe.rules.ContraindicationCases.assertScope;
import static org.needlesafe.rules.ContraindicationCases.condition;
import static org.needlesafe.rules.ContraindicationCases.scenario;
import static org.needlesafe.rules.ContraindicationCases.single;

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

/** C-02: a herpes simplex history near the planned areas asks the prescriber for antiviral prophylaxis. */
class C02HerpesProphylaxisTest {
    private static final String RULE = "MN-C02-HSV-PROPHYLAXIS";

    @ParameterizedTest
    @CsvSource({
        // status,     where,    planned areas,          expected ("-" none, "*" case-wide)
        "HISTORY,      PERIORAL, CHEEKS NECK,            CHEEKS",
        "CONTROLLED,   PERIORAL, CHEEKS FOREHEAD HANDS,  CHEEKS FOREHEAD",
        "HISTORY,      ,         CHEEKS NECK,            *",
        "HISTORY,      ,         NECK HANDS,             -",
        "HISTORY,      PERIORAL, NECK,                   -",
        "HISTORY,      BODY_OTHER, BODY_OTHER CHEEKS,    BODY_OTHER",
        "HISTORY,      BODY_OTHER, CHEEKS,               -",
        "ACTIVE,       PERIORAL, CHEEKS,                 -",
        "ACTIVE,       ,         CHEEKS,                 -",
    })
    void firesNearWhereOutbreaksOccur(ConditionStatus status, Area where, String planned, String expected) {
        Condition hsv = condition(ConditionCode.HERPES_SIMPLEX, status, where);

        List<Finding> findings = scenario().areas(areas(planned)).conditions(hsv).findings(RULE);

        assertScope(findings, expected);
        assertThat(findings).allSatisfy(finding -> {
            assertThat(finding.decision()).isEqualTo(Decision.PROCEED_WITH_PRECAUTIONS);
            assertThat(finding.referTo()).isEqualTo(Referral.PRESCRIBER);
            assertThat(finding.summary()).contains("antiviral prophylaxis");
        });
    }

    @ParameterizedTest
    @CsvSource({"HISTORY", "CONTROLLED"})
    void theRationaleSaysTheRegimensDisagree(ConditionStatus status) {
        Finding finding = single(scenario()
                .conditions(condition(ConditionCode.HERPES_SIMPLEX, status, Area.PERIORAL)).findings(RULE));

        assertThat(finding.rationale()).contains("disagree", "drmorgan", "aeterna", "JDD 2024");
        assertThat(finding.basis()).containsExactly("patient.conditions[0]: HERPES_SIMPLEX " + status + " in PERIORAL");
    }
}
