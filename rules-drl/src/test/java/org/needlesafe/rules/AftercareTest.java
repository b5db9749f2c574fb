package org.needlesafe.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.needlesafe.AftercareStep;
import org.needlesafe.Assessment;
import org.needlesafe.SafetyAdvisor;
import org.needlesafe.configuration.ClinicConfiguration;
import org.needlesafe.configuration.Threshold;
import org.needlesafe.patient.Condition;
import org.needlesafe.patient.ConditionCode;
import org.needlesafe.patient.ConditionStatus;
import org.needlesafe.patient.FitzpatrickType;

/** aftercare for the treatment as it would go ahead. */
class AftercareTest {
    private static SafetyAdvisor custom;

    @BeforeAll
    static void clinicWithOwnWindows() {
        custom = TestPack.builder().configuration(ClinicConfiguration.builder()
                .set(Threshold.AFTERCARE_NO_EXERCISE_DAYS, "2")
                .set(Threshold.AFTERCARE_NO_MAKEUP_DAYS, "0")
                .set(Threshold.AFTERCARE_SUNSCREEN_DAYS, "30").build()).build();
    }

    @AfterAll
    static void close() {
        custom.close();
    }

    private static Map<String, AftercareStep> steps(Assessment assessment) {
        return assessment.aftercare().stream().collect(Collectors.toMap(AftercareStep::code, step -> step));
    }

    @Test
    void everyTreatmentGetsTheFullTimeline() {
        Assessment assessment = DsxCases.clean().assess();

        assertThat(assessment.aftercare())
                .extracting(AftercareStep::code, AftercareStep::fromDay, AftercareStep::untilDay)
                .containsExactlyInAnyOrder(
                        tuple("NO_MAKEUP", 0, 0),
                        tuple("AVOID_SUN", 0, 6),
                        tuple("MINERAL_SPF30", 1, 14),
                        tuple("NO_ACTIVES", 0, 6),
                        tuple("PRESCRIBED_RETINOID", 0, 9),
                        tuple("NO_EXERCISE_SAUNA_SWIMMING", 0, 2),
                        tuple("GENTLE_CARE", 0, 6),
                        tuple("NO_PICKING", 0, 6),
                        tuple("NO_ALCOHOL_TONER", 0, 13),
                        tuple("RED_FLAGS", 0, 27));
        assertThat(assessment.aftercare()).isSortedAccordingTo(
                (a, b) -> a.fromDay() != b.fromDay() ? Integer.compare(a.fromDay(), b.fromDay())
                        : a.code().compareTo(b.code()));
    }

    @Test
    void theWordingStatesItsPositions() {
        Map<String, AftercareStep> steps = steps(DsxCases.clean().assess());

        assertThat(steps.get("NO_MAKEUP").instruction()).contains("24 hours", "mineral make-up");
        assertThat(steps.get("MINERAL_SPF30").instruction())
                .contains("On the treatment day keep out of the sun", "From day 1", "mineral", "SPF 30+", "14 days");
        assertThat(steps.get("NO_ACTIVES").instruction())
                .contains("Do not apply", "over-the-counter", "retinol", "AHA/BHA", "vitamin C", "treated skin",
                        "from day 7")
                .doesNotContain("retinoid");
        assertThat(steps.get("NO_EXERCISE_SAUNA_SWIMMING").instruction()).contains("72 hours", "sauna", "swimming");
        assertThat(steps.get("GENTLE_CARE").instruction()).contains("gentle cleanser", "hyaluronic");
        assertThat(steps.get("NO_ALCOHOL_TONER").instruction()).contains("14 days");
        assertThat(steps.get("RED_FLAGS").instruction()).contains("redness", "swelling", "pain", "pus");
    }

    @Test
    void prescribedTreatmentsAreTheirPrescribersCallNeverStopped() {
        Assessment assessment = DsxCases.clean().assess();

        assertThat(steps(assessment).get("PRESCRIBED_RETINOID").instruction())
                .contains("Ask your prescriber when to use a prescribed retinoid", "on the treated skin again",
                        "clinics commonly wait 7-10 days")
                .doesNotContainIgnoringCase("do not");
        assertThat(assessment.aftercare()).allSatisfy(step ->
                assertThat(step.instruction().toLowerCase()).doesNotContain("stop", "pause"));
        // The over-the-counter actives line is the only one with a set day to start again, and it names no
        // prescribed medicine.
        assertThat(steps(assessment).get("NO_ACTIVES").instruction()).doesNotContain("prescri", "tretinoin");
    }

    @ParameterizedTest(name = "Fitzpatrick {0}: sunscreen until day {1}")
    @CsvSource({"I, 14", "II, 14", "III, 14", "IV, 28", "V, 28", "VI, 28"})
    void darkerSkinGetsFourWeeksOfSunscreen(FitzpatrickType type, int untilDay) {
        Assessment assessment = DsxCases.clean().patient(p -> p.fitzpatrickType(type)).assess();

        AftercareStep spf = steps(assessment).get("MINERAL_SPF30");
        assertThat(spf.fromDay()).isEqualTo(1);
        assertThat(spf.untilDay()).isEqualTo(untilDay);
        assertThat(assessment.aftercare()).filteredOn(step -> step.code().equals("MINERAL_SPF30")).hasSize(1);
    }

    @Test
    void aHistoryOfPigmentationGetsFourWeeksOfSunscreen() {
        Assessment assessment = DsxCases.clean().patient(p -> p.conditions(
                Condition.of(ConditionCode.PIH_HISTORY, ConditionStatus.HISTORY))).assess();

        assertThat(assessment.firedRules()).contains("MN-A01-SUNSCREEN-PIGMENT-RISK")
                .doesNotContain("MN-A01-SUNSCREEN");
    }

    @Test
    void nothingWhenTheTreatmentCannotGoAheadToday() {
        Assessment assessment = DsxCases.clean().patient(p -> p.pregnant(null)).assess();

        assertThat(assessment.aftercare()).isEmpty();
        assertThat(assessment.firedRules()).contains("MN-A01-AFTERCARE");
    }

    @Test
    void theWindowsAreTheClinicsToSet() {
        Assessment assessment = DsxCases.clean().assessWith(custom);
        Map<String, AftercareStep> steps = steps(assessment);

        assertThat(steps).doesNotContainKey("NO_MAKEUP");
        assertThat(steps.get("NO_EXERCISE_SAUNA_SWIMMING").untilDay()).isEqualTo(1);
        assertThat(steps.get("NO_EXERCISE_SAUNA_SWIMMING").instruction()).contains("48 hours");
        assertThat(steps.get("MINERAL_SPF30").untilDay()).isEqualTo(30);
        assertThat(steps.get("MINERAL_SPF30").instruction()).contains("30 days");
        assertThat(assessment.configuration()).containsKeys("aftercareNoExerciseDays", "aftercareRedFlagDays");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = FitzpatrickType.class, names = {"II", "V"})
    void aWindowSetToZeroDropsItsInstruction(FitzpatrickType type) {
        ClinicConfiguration.Builder none = ClinicConfiguration.builder();
        for (Threshold window : Threshold.values()) {
            if (window.key().startsWith("aftercare")) {
                none.set(window, "0");
            }
        }
        try (SafetyAdvisor noAftercare = TestPack.builder().configuration(none.build()).build()) {
            Assessment assessment = DsxCases.clean().patient(p -> p.fitzpatrickType(type)).assessWith(noAftercare);

            assertThat(assessment.decision().treatableToday()).isTrue();
            assertThat(assessment.aftercare()).isEmpty();
        }
    }
}
