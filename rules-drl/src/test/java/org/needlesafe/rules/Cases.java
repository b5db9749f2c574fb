package org.needlesafe.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.needlesafe.Assessment;
import org.needlesafe.Finding;
import org.needlesafe.SafetyAdvisor;
import org.needlesafe.TreatmentCase;
import org.needlesafe.patient.FitzpatrickType;
import org.needlesafe.patient.Patient;
import org.needlesafe.plan.Area;
import org.needlesafe.plan.Device;
import org.needlesafe.plan.Indication;
import org.needlesafe.plan.PlannedArea;
import org.needlesafe.plan.TreatmentPlan;
import org.needlesafe.practitioner.Credential;
import org.needlesafe.practitioner.Practitioner;
import org.needlesafe.setup.Antisepsis;
import org.needlesafe.setup.Needles;
import org.needlesafe.setup.Setting;
import org.needlesafe.setup.SterileSetup;

/** A clean baseline case that every rule test changes in one respect, and one shared advisor. */
final class Cases {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    static final SafetyAdvisor ADVISOR = TestPack.builder().build();
    /** Every rule id that fired in any test of this module so far (see RuleCoverageTest, which runs last). */
    static final Set<String> FIRED = ConcurrentHashMap.newKeySet();

    private Cases() {
    }

    /** A dermatologist's cheek treatment at 1.0 mm in a clinic, everything answered, nothing wrong. */
    static TreatmentCase clean() {
        return TreatmentCase.builder()
                .caseId("clean")
                .assessmentDate(TODAY)
                .jurisdiction("US-CA")
                .patient(patient().build())
                .practitioner(new Practitioner(Credential.DERMATOLOGIST, true, false, 10))
                .setup(setup().build())
                .plan(plan().build())
                .build();
    }

    static Patient.Builder patient() {
        return Patient.builder().ageYears(35).fitzpatrickType(FitzpatrickType.II).pregnant(false)
                .breastfeeding(false).noneReported();
    }

    static SterileSetup.Builder setup() {
        return SterileSetup.builder().setting(Setting.MEDICAL_CLINIC).needles(Needles.SINGLE_USE_STERILE_CARTRIDGE)
                .packagingIntact(true).deviceBarrierSleeve(true).skinAntisepsis(Antisepsis.CHLORHEXIDINE)
                .gloves(true).sharpsContainer(true);
    }

    static TreatmentPlan.Builder plan() {
        return TreatmentPlan.builder().device(Device.PEN).deviceCleared(true).indication(Indication.ACNE_SCARS)
                .areas(PlannedArea.of(Area.CHEEKS, "1.0")).topicals(List.of()).topicalAnesthetic(false);
    }

    /** Assesses with the shared advisor and records which rules fired, for the rule-coverage gate. */
    static Assessment assess(TreatmentCase treatment) {
        return record(ADVISOR.assess(treatment));
    }

    /** Records the rules that fired in an assessment made by any advisor, for the rule-coverage gate. */
    static Assessment record(Assessment assessment) {
        FIRED.addAll(assessment.firedRules());
        RuleTestRecorder.recorded(assessment.firedRules());
        return assessment;
    }

    static List<Finding> findings(TreatmentCase treatment, String ruleId) {
        return assess(treatment).findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }
}
