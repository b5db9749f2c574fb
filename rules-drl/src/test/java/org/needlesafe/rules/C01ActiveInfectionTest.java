package org.needlesafe.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.needlesafe.rules.ContraindicationCases.areas;
import static org.needlesafe.rules.ContraindicationCases.assertScope;
import static org.needlesafe.rules.ContraindicationCases.condition;
import static org.needlesafe.rules.ContraindicationCases.scenario;
import static org.needlesafe.rules.ContraindicationCases.single;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.needlesafe.Assessment;
import org.needlesafe.Decision;
import org.needlesafe.Finding;
import org.needlesafe.clearance.ClearingRole;
import org.needlesafe.patient.ConditionCode;
import org.needlesafe.patient.ConditionStatus;
import org.needlesafe.plan.Area;

/** C-01: active infection defers the face (region-wide); a wart or open wound leaves out its own area. */
class C01ActiveInfectionTest {
    private static final String INFECTION = "MN-C01-ACTIVE-INFECTION";
    private static final String WART = "MN-C01-WART-OR-WOUND";

    @ParameterizedTest
    @EnumSource(value = ConditionCode.class,
            names = {"HERPES_SIMPLEX", "IMPETIGO", "BACTERIAL_INFECTION", "FUNGAL_INFECTION"})
    void anActiveFacialInfectionDefersEveryFacialAreaButNotTheBody(ConditionCode code) {
        List<Finding> findings = scenario().areas(Area.CHEEKS, Area.FOREHEAD, Area.HANDS)
                .conditions(condition(code, ConditionStatus.ACTIVE, Area.PERIORAL)).findings(INFECTION);

        assertThat(findings).extracting(Finding::area).containsExactlyInAnyOrder(Area.CHEEKS, Area.FOREHEAD);
        assertThat(findings).allSatisfy(finding -> {
            assertThat(finding.decision()).isEqualTo(Decision.DEFER);
            assertThat(finding.basis()).contains("patient.conditions[0]: " + code + " ACTIVE in PERIORAL");
            assertThat(finding.rationale()).contains("Region-wide");
        });
    }

    @ParameterizedTest
    @CsvSource({
        // code,               status,     where,   planned areas,  expected areas ("-" = none, "*" = case-wide)
        "HERPES_SIMPLEX,       CONTROLLED, PERIORAL, CHEEKS,        -",
        "HERPES_SIMPLEX,       HISTORY,    PERIORAL, CHEEKS,        -",
        "IMPETIGO,             HISTORY,    ,         CHEEKS,        -",
        "BACTERIAL_INFECTION,  ACTIVE,     HANDS,    CHEEKS HANDS,  HANDS",
        "FUNGAL_INFECTION,     ACTIVE,     HANDS,    CHEEKS,        -",
        "IMPETIGO,             ACTIVE,     ,         CHEEKS HANDS,  *",
        "HERPES_SIMPLEX,       ACTIVE,     PERIORAL, NECK HANDS,    -",
        // Present but controlled (under treatment) has not healed: it defers like an active one.
        "IMPETIGO,             CONTROLLED, PERIORAL, CHEEKS NECK,   CHEEKS",
        "BACTERIAL_INFECTION,  CONTROLLED, ,         CHEEKS HANDS,  *",
        "FUNGAL_INFECTION,     CONTROLLED, NECK,     CHEEKS NECK,   NECK",
        "FUNGAL_INFECTION,     HISTORY,    NECK,     CHEEKS NECK,   -",
    })
    void scopeAndNearMisses(ConditionCode code, ConditionStatus status, Area where, String planned, String expected) {
        List<Finding> findings = scenario().areas(areas(planned))
                .conditions(condition(code, status, where))
                .findings(INFECTION);

        assertScope(findings, expected);
    }

    @Test
    void aWartOnTheHandsLeavesOnlyTheHandsOutAndTheCaseRollsUpToModifyPlan() {
        Assessment assessment = scenario().areas(Area.CHEEKS, Area.HANDS)
                .conditions(condition(ConditionCode.WARTS, ConditionStatus.ACTIVE, Area.HANDS)).assess();

        Finding wart = single(assessment.findings().stream().filter(f -> f.ruleId().equals(WART)).toList());
        assertThat(wart.area()).isEqualTo(Area.HANDS);
        assertThat(wart.decision()).isEqualTo(Decision.DEFER);
        assertThat(wart.rationale()).contains("Area-scoped");
        assertThat(assessment.areaDecisions())
                .isEqualTo(Map.of(Area.CHEEKS, Decision.PROCEED, Area.HANDS, Decision.DEFER));
        assertThat(assessment.decision()).isEqualTo(Decision.MODIFY_PLAN);
    }

    @ParameterizedTest
    @CsvSource({
        "WARTS,      ACTIVE,     CHEEKS, CHEEKS,       CHEEKS",
        "WARTS,      CONTROLLED, CHEEKS, CHEEKS,       CHEEKS",
        "WARTS,      HISTORY,    CHEEKS, CHEEKS,       -",
        "OPEN_WOUND, ACTIVE,     NOSE,   CHEEKS NOSE,  NOSE",
        "OPEN_WOUND, ACTIVE,     NOSE,   CHEEKS,       -",
        "OPEN_WOUND, ACTIVE,     ,       CHEEKS NECK,  *",
    })
    void wartsAndWoundsAreAreaScoped(ConditionCode code, ConditionStatus status, Area where, String planned,
                                     String expected) {
        List<Finding> findings = scenario().areas(areas(planned))
                .conditions(condition(code, status, where))
                .findings(WART);

        assertScope(findings, expected);
        assertThat(findings).allSatisfy(finding -> assertThat(finding.decision()).isEqualTo(Decision.DEFER));
    }

    @ParameterizedTest
    @EnumSource(ClearingRole.class)
    void anActiveInfectionIsNeverCleared(ClearingRole role) {
        List<Finding> findings = scenario()
                .conditions(condition(ConditionCode.HERPES_SIMPLEX, ConditionStatus.ACTIVE, Area.CHEEKS))
                .clearance("C-01", role, Cases.TODAY).findings(INFECTION);

        assertThat(single(findings).decision()).isEqualTo(Decision.DEFER);
        assertThat(single(findings).cleared()).isNull();
    }
}
