package org.needlesafe.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.needlesafe.Problem;
import org.needlesafe.TreatmentCase;
import org.needlesafe.clearance.Clearance;
import org.needlesafe.clearance.ClearingRole;
import org.needlesafe.patient.Condition;
import org.needlesafe.patient.ConditionCode;
import org.needlesafe.patient.Medication;
import org.needlesafe.patient.MedicationCode;
import org.needlesafe.patient.Patient;
import org.needlesafe.patient.ProcedureCode;
import org.needlesafe.patient.RecentProcedure;
import org.needlesafe.plan.Area;
import org.needlesafe.plan.Device;
import org.needlesafe.plan.PlannedArea;
import org.needlesafe.plan.TreatmentPlan;
import org.needlesafe.practitioner.Credential;
import org.needlesafe.practitioner.Practitioner;
import org.needlesafe.setup.SterileSetup;

class CaseValidatorTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final Set<String> PROFILES = Set.of("DEFAULT", "US-UT");

    private static TreatmentCase.Builder valid() {
        return TreatmentCase.builder()
                .assessmentDate(TODAY)
                .jurisdiction("US-UT")
                .patient(Patient.builder().ageYears(30).build())
                .practitioner(new Practitioner(Credential.PHYSICIAN, true, false, 3))
                .setup(SterileSetup.builder().build())
                .plan(TreatmentPlan.builder().device(Device.PEN).areas(PlannedArea.of(Area.CHEEKS, "1.0")).build());
    }

    private static List<String> problems(TreatmentCase treatment) {
        return CaseValidator.validate(treatment, PROFILES).stream().map(Problem::toString).toList();
    }

    @Test
    void aCaseWithOnlyTheStructuralFieldsIsValid() {
        assertThat(problems(valid().build())).isEmpty();
    }

    @Test
    void everyMissingStructuralFieldIsReportedAtOnce() {
        assertThat(problems(TreatmentCase.builder().build())).containsExactly(
                "assessmentDate: required",
                "jurisdiction: required",
                "patient: required",
                "practitioner: required",
                "setup: required",
                "plan: required");
    }

    @Test
    void nestedRequiredFieldsNameTheirPath() {
        TreatmentCase treatment = valid()
                .patient(Patient.builder().build())
                .practitioner(new Practitioner(null, true, false, null))
                .plan(TreatmentPlan.builder().areas(new PlannedArea(null, null)).build())
                .build();

        assertThat(problems(treatment)).containsExactly(
                "patient.ageYears: required",
                "practitioner.credential: required",
                "plan.device: required",
                "plan.areas[0].area: required",
                "plan.areas[0].depthMm: required");
    }

    @ParameterizedTest(name = "depth {0} mm is out of range")
    @ValueSource(strings = {"0", "-1", "3.51", "10"})
    void depthsOutOfRangeAreInvalid(String depth) {
        TreatmentCase treatment = valid().plan(TreatmentPlan.builder().device(Device.PEN)
                .areas(new PlannedArea(Area.CHEEKS, new BigDecimal(depth))).build()).build();

        assertThat(problems(treatment)).containsExactly("plan.areas[0].depthMm: must be > 0 and <= 3.5");
    }

    @ParameterizedTest(name = "depth {0} mm has too many decimals")
    @ValueSource(strings = {"1.23456", "0.0751", "4.00001"})
    void depthsWithMoreThanThreeDecimalsAreInvalidAsInJson(String depth) {
        TreatmentCase treatment = valid().plan(valid().build().plan().toBuilder()
                .areas(new PlannedArea(Area.CHEEKS, new BigDecimal(depth))).build()).build();

        assertThat(problems(treatment)).containsExactly(
                "plan.areas[0].depthMm: must have at most 3 decimal places, was " + depth);
    }

    @ParameterizedTest(name = "depth {0} mm has three decimals or fewer")
    @ValueSource(strings = {"0.075", "1.2500000", "2"})
    void depthsWithThreeDecimalsOrFewerAreValid(String depth) {
        TreatmentCase treatment = valid().plan(valid().build().plan().toBuilder()
                .areas(new PlannedArea(Area.CHEEKS, new BigDecimal(depth))).build()).build();

        assertThat(problems(treatment)).isEmpty();
    }

    @ParameterizedTest(name = "depth {0} mm is in range")
    @ValueSource(strings = {"0.01", "0.25", "3.5"})
    void depthsInRangeAreValid(String depth) {
        TreatmentCase treatment = valid().plan(TreatmentPlan.builder().device(Device.PEN)
                .areas(new PlannedArea(Area.CHEEKS, new BigDecimal(depth))).build()).build();

        assertThat(problems(treatment)).isEmpty();
    }

    @Test
    void anAreaPlannedTwiceAndAnEmptyPlanAreInvalid() {
        TreatmentCase twice = valid().plan(TreatmentPlan.builder().device(Device.PEN)
                .areas(PlannedArea.of(Area.CHEEKS, "1.0"), PlannedArea.of(Area.CHEEKS, "0.5")).build()).build();
        TreatmentCase none = valid().plan(TreatmentPlan.builder().device(Device.PEN).areas(List.of()).build()).build();

        assertThat(problems(twice)).containsExactly("plan.areas[1].area: CHEEKS is planned more than once");
        assertThat(problems(none)).containsExactly("plan.areas: must list at least one area");
    }

    @Test
    void anUnknownJurisdictionNamesTheLoadedProfiles() {
        assertThat(problems(valid().jurisdiction("US-XX").build()))
                .containsExactly("jurisdiction: unknown profile 'US-XX' (loaded: DEFAULT, US-UT)");
    }

    @Test
    void datesAfterTheAssessmentDateAreInvalid() {
        LocalDate tomorrow = TODAY.plusDays(1);
        TreatmentCase treatment = valid()
                .patient(Patient.builder().ageYears(30)
                        .medications(Medication.stopped(MedicationCode.ISOTRETINOIN, tomorrow))
                        .recentProcedures(RecentProcedure.of(ProcedureCode.NEUROTOXIN, tomorrow))
                        .build())
                .plan(TreatmentPlan.builder().device(Device.PEN).areas(PlannedArea.of(Area.CHEEKS, "1.0"))
                        .previousMicroneedlingDate(tomorrow).build())
                .clearances(new Clearance("C-08", ClearingRole.PRESCRIBER, tomorrow))
                .build();

        assertThat(problems(treatment)).containsExactly(
                "patient.medications[0].lastTakenDate: must not be after assessmentDate 2026-11-25",
                "patient.recentProcedures[0].date: must not be after assessmentDate 2026-11-25",
                "plan.previousMicroneedlingDate: must not be after assessmentDate 2026-11-25",
                "clearances[0].date: must not be after assessmentDate 2026-11-25");
    }

    @Test
    void listEntriesNeedTheirCodeAndStatus() {
        TreatmentCase treatment = valid()
                .patient(Patient.builder().ageYears(30)
                        .conditions(Arrays.asList(new Condition(ConditionCode.WARTS, null, null, null), null))
                        .medications(new Medication(null, null, null))
                        .build())
                .build();

        assertThat(problems(treatment)).containsExactly(
                "patient.conditions[0].status: required",
                "patient.conditions[1]: must not be null",
                "patient.medications[0].code: required",
                "patient.medications[0].status: required");
    }

    @Test
    void clearancesNameAKnowledgeBaseItem() {
        TreatmentCase treatment = valid()
                .clearances(new Clearance("anticoagulant", ClearingRole.PRESCRIBER, TODAY),
                        new Clearance(null, null, null))
                .build();

        assertThat(problems(treatment)).containsExactly(
                "clearances[0].kb: must be a knowledge-base item such as C-08, was 'anticoagulant'",
                "clearances[1].kb: required",
                "clearances[1].by: required",
                "clearances[1].date: required");
    }

    @Test
    void aClearanceForAnItemTheKnowledgeBaseDoesNotHaveIsInvalid() {
        TreatmentCase treatment = valid()
                .clearances(new Clearance("C-14", ClearingRole.DERMATOLOGIST, TODAY),
                        new Clearance("C-99", ClearingRole.DERMATOLOGIST, TODAY),
                        new Clearance("C-20", ClearingRole.PHYSICIAN, TODAY),
                        new Clearance("C-21", ClearingRole.PHYSICIAN, TODAY),
                        new Clearance("D-06", ClearingRole.PHYSICIAN, TODAY),
                        new Clearance("D-07", ClearingRole.PHYSICIAN, TODAY),
                        new Clearance("Q-03", ClearingRole.PHYSICIAN, TODAY),
                        new Clearance("X-02", ClearingRole.PHYSICIAN, TODAY),
                        new Clearance("C-00", ClearingRole.PHYSICIAN, TODAY))
                .build();

        assertThat(problems(treatment)).containsExactly(
                "clearances[1].kb: the knowledge base has no item C-99",
                "clearances[3].kb: the knowledge base has no item C-21",
                "clearances[5].kb: the knowledge base has no item D-07",
                "clearances[7].kb: the knowledge base has no item X-02",
                "clearances[8].kb: the knowledge base has no item C-00");
    }

    @Test
    void agesOutOfRangeAreInvalid() {
        assertThat(problems(valid().patient(Patient.builder().ageYears(-1).build()).build()))
                .containsExactly("patient.ageYears: must be between 0 and 130");
    }

    @Test
    void generalNursingYearsAndTheConsultationDateAreChecked() {
        TreatmentCase valid = valid().practitioner(new Practitioner(Credential.REGISTERED_NURSE, true, true, 3, 2))
                .plan(TreatmentPlan.builder().device(Device.PEN).areas(PlannedArea.of(Area.CHEEKS, "1.0"))
                        .consultationDate(TODAY).build()).build();
        TreatmentCase invalid = valid.toBuilder()
                .practitioner(new Practitioner(Credential.REGISTERED_NURSE, true, true, 3, 81))
                .plan(valid.plan().toBuilder().consultationDate(TODAY.plusDays(1)).build()).build();

        assertThat(problems(valid)).isEmpty();
        assertThat(problems(invalid)).containsExactly("practitioner.generalNursingYears: must be between 0 and 80",
                "plan.consultationDate: must not be after assessmentDate 2026-11-25");
    }

    @Test
    void datesFarOutsideAHumanLifetimeAreInvalid() {
        TreatmentCase farFuture = valid().assessmentDate(LocalDate.of(999_999, 1, 1)).build();
        TreatmentCase ancientDose = valid().patient(Patient.builder().ageYears(30)
                .medications(Medication.stopped(MedicationCode.ISOTRETINOIN, LocalDate.of(1066, 10, 14))).build())
                .build();

        assertThat(problems(farFuture)).containsExactly("assessmentDate: must be a year between 1900 and 9999");
        assertThat(problems(ancientDose))
                .containsExactly("patient.medications[0].lastTakenDate: must be a year between 1900 and 9999");
    }
}
