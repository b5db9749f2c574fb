package org.needlesafe.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.needlesafe.KbItem;
import org.needlesafe.TreatmentCase;
import org.needlesafe.configuration.ClinicConfiguration;
import org.needlesafe.patient.Medication;
import org.needlesafe.patient.MedicationStatus;
import org.needlesafe.patient.Patient;
import org.needlesafe.patient.SexForClinicalUse;
import org.needlesafe.plan.Device;
import org.needlesafe.plan.Topical;
import org.needlesafe.plan.TopicalProduct;
import org.needlesafe.plan.TreatmentPlan;
import org.needlesafe.practitioner.Practitioner;
import org.needlesafe.setup.SterileSetup;
import org.needlesafe.text.Message;

/**
 * The contract's required screening answers, and which of them a case leaves unknown. An unknown answer is never
 * read as "no": it is listed in {@code missingInformation} and raises a {@code SCREENING} finding at {@code DEFER}.
 * Call on a valid case only.
 */
public final class Screening {
    private Screening() {
    }

    public static List<UnknownAnswer> unknownAnswers(TreatmentCase treatment, ClinicConfiguration configuration) {
        List<UnknownAnswer> unknown = new ArrayList<>();
        Patient patient = treatment.patient();
        Practitioner practitioner = treatment.practitioner();
        SterileSetup setup = treatment.setup();
        TreatmentPlan plan = treatment.plan();

        if (pregnancyCanApply(patient, configuration)) {
            ask(unknown, patient.pregnant(), CaseFields.PATIENT_PREGNANT, Message.keyed("question.pregnant"), "C-09");
            ask(unknown, patient.breastfeeding(), CaseFields.PATIENT_BREASTFEEDING,
                    Message.keyed("question.breastfeeding"), "C-09");
        }
        ask(unknown, patient.fitzpatrickType(), CaseFields.PATIENT_FITZPATRICK_TYPE,
                Message.keyed("question.fitzpatrickType"), "C-15", "Q-02");
        ask(unknown, patient.conditions(), CaseFields.PATIENT_CONDITIONS, Message.keyed("question.conditions"),
                "C-01", "C-04", "C-08", "C-10", "C-11", "C-14");
        ask(unknown, patient.medications(), CaseFields.PATIENT_MEDICATIONS, Message.keyed("question.medications"),
                "C-07", "C-08", "C-10", "C-18");
        ask(unknown, patient.allergies(), CaseFields.PATIENT_ALLERGIES,
                Message.keyed("question.allergies"), "C-12", "C-13");
        ask(unknown, patient.recentProcedures(), CaseFields.PATIENT_RECENT_PROCEDURES,
                Message.keyed("question.recentProcedures"), "C-17", "C-18", "C-19", "A-02");
        if (plan.device() == Device.RF_MICRONEEDLING) {
            ask(unknown, patient.implants(), CaseFields.PATIENT_IMPLANTS, Message.keyed("question.implants"),
                    "C-16");
        }
        if (patient.medications() != null) {
            for (int i = 0; i < patient.medications().size(); i++) {
                Medication medication = patient.medications().get(i);
                if (medication.status() == MedicationStatus.STOPPED) {
                    ask(unknown, medication.lastTakenDate(),
                            CaseFields.PATIENT_MEDICATIONS.index(i).field("lastTakenDate"),
                            Message.keyed("question.lastTaken", medication.code()), "C-07", "C-08");
                }
            }
        }
        ask(unknown, practitioner.microneedlingTraining(), CaseFields.PRACTITIONER_MICRONEEDLING_TRAINING,
                Message.keyed("question.training"), "D-06");

        ask(unknown, setup.setting(), CaseFields.SETUP_SETTING, Message.keyed("question.setting"), "S-05", "D-04");
        ask(unknown, setup.needles(), CaseFields.SETUP_NEEDLES, Message.keyed("question.needles"), "S-01");
        ask(unknown, setup.packagingIntact(), CaseFields.SETUP_PACKAGING_INTACT,
                Message.keyed("question.packaging"), "S-01");
        ask(unknown, setup.skinAntisepsis(), CaseFields.SETUP_SKIN_ANTISEPSIS,
                Message.keyed("question.antisepsis"), "S-03");
        ask(unknown, setup.gloves(), CaseFields.SETUP_GLOVES, Message.keyed("question.gloves"), "S-03");
        ask(unknown, setup.sharpsContainer(), CaseFields.SETUP_SHARPS_CONTAINER,
                Message.keyed("question.sharps"), "S-01");
        if (plan.device() != null && plan.device().needsBarrierSleeve()) {
            ask(unknown, setup.deviceBarrierSleeve(), CaseFields.SETUP_DEVICE_BARRIER_SLEEVE,
                    Message.keyed("question.barrierSleeve"), "S-02");
        }
        boolean prp = plan.topicals().stream().anyMatch(topical -> topical.product() == TopicalProduct.PRP);
        if (prp) {
            ask(unknown, setup.bloodHandlingCompliant(), CaseFields.SETUP_BLOOD_HANDLING_COMPLIANT,
                    Message.keyed("question.bloodHandling"), "S-05");
        }
        for (int i = 0; i < plan.topicals().size(); i++) {
            Topical topical = plan.topicals().get(i);
            ask(unknown, topical.sterileForProcedure(), CaseFields.PLAN_TOPICALS.index(i).field("sterileForProcedure"),
                    Message.keyed("question.topicalSterile", topical.product()), "X-01");
        }
        return unknown;
    }

    /**
     * Whether pregnancy and breastfeeding can apply, so must be known (JUDGEMENT, {@code
     * pregnancyScreeningMaxAgeYears}): not for a male-typical sex parameter for clinical use, nor from that age on.
     * Unknown sex or age rules nothing out. An answer given is always used, asked or not.
     */
    public static boolean pregnancyCanApply(Patient patient, ClinicConfiguration configuration) {
        if (patient.sexForClinicalUse() == SexForClinicalUse.MALE_TYPICAL) {
            return false;
        }
        return patient.ageYears() == null || patient.ageYears() < configuration.pregnancyScreeningMaxAgeYears();
    }

    private static void ask(List<UnknownAnswer> unknown, Object answer, ContractPath path, Message question,
                            String... kb) {
        if (answer == null) {
            unknown.add(new UnknownAnswer(path, question, Arrays.stream(kb).map(KbItem::of).toList()));
        }
    }
}
