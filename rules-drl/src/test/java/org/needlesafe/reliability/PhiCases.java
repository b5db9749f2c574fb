package org.needlesafe.reliability;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.needlesafe.TreatmentCase;
import org.needlesafe.clearance.Clearance;
import org.needlesafe.clearance.ClearingRole;
import org.needlesafe.patient.Allergy;
import org.needlesafe.patient.Condition;
import org.needlesafe.patient.ConditionCode;
import org.needlesafe.patient.ConditionStatus;
import org.needlesafe.patient.FitzpatrickType;
import org.needlesafe.patient.Implant;
import org.needlesafe.patient.ImplantCode;
import org.needlesafe.patient.Medication;
import org.needlesafe.patient.MedicationCode;
import org.needlesafe.patient.Patient;
import org.needlesafe.patient.ProcedureCode;
import org.needlesafe.patient.RecentProcedure;
import org.needlesafe.plan.Area;
import org.needlesafe.plan.Device;
import org.needlesafe.plan.Indication;
import org.needlesafe.plan.PlannedArea;
import org.needlesafe.plan.Topical;
import org.needlesafe.plan.TopicalProduct;
import org.needlesafe.plan.TreatmentPlan;
import org.needlesafe.practitioner.Credential;
import org.needlesafe.practitioner.Practitioner;
import org.needlesafe.setup.Antisepsis;
import org.needlesafe.setup.Needles;
import org.needlesafe.setup.Setting;
import org.needlesafe.setup.SterileSetup;

/**
 * Cases full of values that identify a patient — names in case ids, unusual ages and dates, every code — for the
 * test that nothing of them reaches a log or an audit record.
 */
final class PhiCases {
    static final List<String> CASE_IDS = List.of("MRN-0047113-Jane-Roe", "Okonkwo-Adaeze-19870423",
            "john.smith@example.org", "Zyxwvut Qponm 555-0142");
    static final List<Integer> AGES = List.of(47, 63, 29, 17);
    static final List<LocalDate> ASSESSMENT_DATES = List.of(LocalDate.of(2027, 3, 17), LocalDate.of(2026, 8, 9),
            LocalDate.of(2025, 2, 28), LocalDate.of(2027, 10, 31));
    /** Days before the assessment date of every other date in the case. */
    static final List<Integer> DAYS_BEFORE = List.of(1, 3, 11, 23, 47, 95, 190, 400, 13_000);

    private PhiCases() {
    }

    /** Every input date of the cases, for the leak check. */
    static Set<LocalDate> dates() {
        Set<LocalDate> dates = new java.util.TreeSet<>(ASSESSMENT_DATES);
        for (LocalDate today : ASSESSMENT_DATES) {
            for (int days : DAYS_BEFORE) {
                dates.add(today.minusDays(days));
            }
        }
        return dates;
    }

    static List<TreatmentCase> cases() {
        List<TreatmentCase> cases = new ArrayList<>();
        for (int i = 0; i < CASE_IDS.size(); i++) {
            LocalDate today = ASSESSMENT_DATES.get(i);
            boolean allCodes = i % 2 == 0;
            cases.add(TreatmentCase.builder()
                    .caseId(CASE_IDS.get(i))
                    .assessmentDate(today)
                    .jurisdiction(i == 3 ? "GB-ENG" : "US-CA")
                    .patient(patient(today, AGES.get(i), allCodes, i))
                    .practitioner(new Practitioner(i == 1 ? Credential.MASTER_ESTHETICIAN : Credential.DERMATOLOGIST,
                            i != 2, i == 1, i == 3 ? null : 7))
                    .setup(setup(i))
                    .plan(TreatmentPlan.builder().device(i == 2 ? Device.RF_MICRONEEDLING : Device.PEN)
                            .deviceCleared(true).indication(Indication.ACNE_SCARS)
                            .areas(PlannedArea.of(Area.CHEEKS, "1.25"), PlannedArea.of(Area.PERIORBITAL, "0.75"),
                                    PlannedArea.of(Area.NECK, "2.5"))
                            .topicals(new Topical(TopicalProduct.PRP, i == 1 ? null : true))
                            .topicalAnesthetic(i == 0)
                            .previousMicroneedlingDate(today.minusDays(DAYS_BEFORE.get(2 + i)))
                            .build())
                    .clearances(new Clearance("C-08", ClearingRole.PRESCRIBER, today.minusDays(DAYS_BEFORE.get(i))),
                            new Clearance("C-09", ClearingRole.PHYSICIAN, today.minusDays(DAYS_BEFORE.get(i + 1))))
                    .build());
        }
        return cases;
    }

    private static Patient patient(LocalDate today, int age, boolean allCodes, int i) {
        Patient.Builder patient = Patient.builder().ageYears(age).fitzpatrickType(FitzpatrickType.values()[i + 1])
                .pregnant(i == 2 ? null : i == 1).breastfeeding(i == 3).noneReported();
        if (!allCodes) {
            return patient.conditions(Condition.in(ConditionCode.HERPES_SIMPLEX, ConditionStatus.ACTIVE,
                    Area.PERIORAL)).build();
        }
        List<Condition> conditions = new ArrayList<>();
        ConditionStatus[] statuses = ConditionStatus.values();
        for (ConditionCode code : ConditionCode.values()) {
            int days = DAYS_BEFORE.get(code.ordinal() % DAYS_BEFORE.size());
            conditions.add(new Condition(code, statuses[code.ordinal() % statuses.length],
                    code.ordinal() % 3 == 0 ? Set.of() : Set.of(Area.values()[code.ordinal() % Area.values().length]),
                    today.minusDays(days)));
        }
        List<Medication> medications = new ArrayList<>();
        for (MedicationCode code : MedicationCode.values()) {
            medications.add(code.ordinal() % 2 == 0 ? Medication.current(code)
                    : Medication.stopped(code, today.minusDays(DAYS_BEFORE.get(code.ordinal() % DAYS_BEFORE.size()))));
        }
        List<RecentProcedure> procedures = new ArrayList<>();
        for (ProcedureCode code : ProcedureCode.values()) {
            procedures.add(RecentProcedure.of(code, today.minusDays(DAYS_BEFORE.get(code.ordinal())), Area.CHEEKS));
        }
        List<Implant> implants = new ArrayList<>();
        for (ImplantCode code : ImplantCode.values()) {
            implants.add(Implant.of(code, Area.NECK));
        }
        return patient.conditions(conditions).medications(medications).allergies(List.of(Allergy.values()))
                .recentProcedures(procedures).implants(implants).build();
    }

    private static SterileSetup setup(int i) {
        return SterileSetup.builder().setting(Setting.MEDICAL_CLINIC)
                .needles(i == 3 ? Needles.SHARED_ROLLER : Needles.SINGLE_USE_STERILE_CARTRIDGE).packagingIntact(true)
                .deviceBarrierSleeve(true).skinAntisepsis(Antisepsis.CHLORHEXIDINE).gloves(i != 2)
                .sharpsContainer(true).bloodHandlingCompliant(true).deviceRinsedInTapWater(i == 1)
                .clientRecordsKept(true).build();
    }

    /** The same cases with a structural problem each, so the refusal path is exercised too. */
    static List<TreatmentCase> invalidCases() {
        List<TreatmentCase> invalid = new ArrayList<>();
        for (TreatmentCase treatment : cases()) {
            invalid.add(treatment.toBuilder().patient(treatment.patient().toBuilder().ageYears(-1).build())
                    .jurisdiction("XX-" + treatment.caseId()).build());
        }
        return invalid;
    }
}
