package org.needlesafe.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.needlesafe.Assessment;
import org.needlesafe.SideEffect;
import org.needlesafe.patient.Condition;
import org.needlesafe.patient.ConditionCode;
import org.needlesafe.patient.ConditionStatus;
import org.needlesafe.patient.FitzpatrickType;
import org.needlesafe.plan.Area;
import org.needlesafe.plan.Device;
import org.needlesafe.plan.PlannedArea;

/**
 * Knowledge base section 5: the side effects to expect. Where a patient's condition may also hold the case (rules
 * of section C), the test reads the trace of fired rules, since side effects are shown only when the treatment can
 * go ahead.
 */
class SideEffectTest {

    private static List<String> codes(Assessment assessment) {
        return assessment.expectedSideEffects().stream().map(SideEffect::code).toList();
    }

    private static SideEffect effect(Assessment assessment, String code) {
        return assessment.expectedSideEffects().stream().filter(e -> e.code().equals(code)).findFirst().orElseThrow();
    }

    @ParameterizedTest(name = "deepest area {0} mm: redness {1}")
    @CsvSource({
            "0.25, about 2-3 days", "0.5, about 2-3 days",
            "0.501, about 4-5 days", "0.51, about 4-5 days", "1.0, about 4-5 days", "1.5, about 4-5 days",
            "1.501, about 6-7 days", "1.51, about 6-7 days", "2.5, about 6-7 days"})
    void rednessLastsLongerTheDeeperTheNeedling(String depth, String duration) {
        // The neck, so that no depth limit holds the case.
        Assessment assessment = DsxCases.clean().areas(PlannedArea.of(Area.NECK, depth)).assess();

        assertThat(effect(assessment, "ERYTHEMA_OEDEMA").typicalDuration()).isEqualTo(duration);
        assertThat(codes(assessment)).filteredOn("ERYTHEMA_OEDEMA"::equals).hasSize(1);
    }

    @Test
    void theDeepestPlannedAreaSetsTheRedness() {
        Assessment assessment = DsxCases.clean()
                .areas(PlannedArea.of(Area.CHEEKS, "0.5"), PlannedArea.of(Area.NECK, "2.0")).assess();

        assertThat(effect(assessment, "ERYTHEMA_OEDEMA").typicalDuration()).isEqualTo("about 6-7 days");
    }

    @Test
    void everyTreatmentExpectsRednessDrynessAndTheLessCommonReactions() {
        Assessment assessment = DsxCases.clean().assess();

        assertThat(codes(assessment))
                .containsExactlyInAnyOrder("ERYTHEMA_OEDEMA", "DRYNESS_FLAKING", "LESS_COMMON_REACTIONS");
        assertThat(effect(assessment, "DRYNESS_FLAKING").typicalDuration()).isEqualTo("days 2-5");
        assertThat(effect(assessment, "ERYTHEMA_OEDEMA").summary()).contains("pinpoint bleeding");
        assertThat(effect(assessment, "LESS_COMMON_REACTIONS").summary()).contains("milia", "lymph nodes");
    }

    @ParameterizedTest(name = "{0}: periocular bruising {1}")
    @CsvSource({"PERIORBITAL, true", "CHEEKS, false", "FOREHEAD, false"})
    void bruisingAroundTheEyes(Area area, boolean expected) {
        Assessment assessment = DsxCases.clean().areas(PlannedArea.of(area, "0.5")).assess();

        assertThat(codes(assessment).contains("PERIOCULAR_BRUISING")).isEqualTo(expected);
    }

    @Test
    void eyelidWorkWithARollerMayBruise() {
        Assessment assessment = DsxCases.clean().plan(p -> p.device(Device.ROLLER))
                .areas(PlannedArea.of(Area.EYELID, "0.25")).assess();

        assertThat(codes(assessment)).contains("PERIOCULAR_BRUISING");
    }

    @ParameterizedTest(name = "Fitzpatrick {0}: PIH risk {1}")
    @CsvSource({"I, false", "III, false", "IV, true", "V, true", "VI, true"})
    void pigmentationRiskWithDarkerSkin(FitzpatrickType type, boolean expected) {
        Assessment assessment = DsxCases.clean().patient(p -> p.fitzpatrickType(type)).assess();

        assertThat(assessment.firedRules().contains("MN-E-PIH")).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource({
            "PIH_HISTORY, HISTORY, MN-E-PIH",
            "HERPES_SIMPLEX, HISTORY, MN-E-HSV-REACTIVATION",
            "ACNE_INFLAMMATORY, CONTROLLED, MN-E-ACNE-FLARE",
            "VITILIGO, HISTORY, MN-E-KOEBNERISATION",
            "PSORIASIS, CONTROLLED, MN-E-KOEBNERISATION",
            "LICHEN_PLANUS, HISTORY, MN-E-KOEBNERISATION"})
    void conditionsThatRaiseTheRiskOfASideEffect(ConditionCode code, ConditionStatus status, String ruleId) {
        Assessment with = DsxCases.clean().patient(p -> p.conditions(Condition.of(code, status))).assess();
        Assessment without = DsxCases.clean().patient(p -> p.conditions(
                Condition.of(ConditionCode.MELASMA, ConditionStatus.CONTROLLED))).assess();

        assertThat(with.firedRules()).contains(ruleId);
        assertThat(without.firedRules()).doesNotContain(ruleId);
    }

    @Test
    void conditionRisksTellThePatientHowLongTheyLast() {
        // Each of these goes ahead (with precautions at most), so the side effects are shown.
        Assessment assessment = DsxCases.clean().patient(p -> p.fitzpatrickType(FitzpatrickType.V).conditions(
                Condition.of(ConditionCode.HERPES_SIMPLEX, ConditionStatus.HISTORY),
                Condition.of(ConditionCode.ACNE_INFLAMMATORY, ConditionStatus.CONTROLLED))).assess();

        assertThat(assessment.decision().treatableToday()).isTrue();
        assertThat(effect(assessment, "POST_INFLAMMATORY_HYPERPIGMENTATION").typicalDuration())
                .isEqualTo("weeks to months");
        assertThat(effect(assessment, "HSV_REACTIVATION").summary()).contains("cold sore");
        assertThat(effect(assessment, "ACNE_FLARE").typicalDuration()).isEqualTo("days to weeks");
    }

    @ParameterizedTest(name = "{0} at {1} mm: rare deep-needling events {2}")
    @CsvSource({
            "PEN, 1.5, false", "PEN, 1.501, true", "PEN, 1.51, true", "ROLLER, 2.0, true", "STAMP, 2.0, true",
            "RF_MICRONEEDLING, 2.0, false"})
    void deepMechanicalNeedlingCanScarOrLeaveGranulomas(Device device, String depth, boolean expected) {
        Assessment assessment = DsxCases.clean().plan(p -> p.device(device))
                .areas(PlannedArea.of(Area.NECK, depth)).assess();

        assertThat(codes(assessment).contains("TRAM_TRACK_SCARRING")).isEqualTo(expected);
        assertThat(codes(assessment).contains("GRANULOMAS")).isEqualTo(expected);
    }

    @Test
    void rfCanBurn() {
        Assessment rf = DsxCases.clean().plan(p -> p.device(Device.RF_MICRONEEDLING)).assess();
        Assessment pen = DsxCases.clean().assess();

        assertThat(effect(rf, "RF_BURNS").summary()).contains("burns", "nerve damage");
        assertThat(codes(pen)).doesNotContain("RF_BURNS");
    }

    @Test
    void noneWhenTheTreatmentCannotGoAheadToday() {
        Assessment assessment = DsxCases.clean().setup(s -> s.gloves(false)).assess();

        assertThat(assessment.expectedSideEffects()).isEmpty();
    }
}
