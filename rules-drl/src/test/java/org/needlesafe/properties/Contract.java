package org.needlesafe.properties;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.needlesafe.Decision;
import org.needlesafe.Finding;
import org.needlesafe.TreatmentCase;
import org.needlesafe.patient.Medication;
import org.needlesafe.patient.MedicationStatus;
import org.needlesafe.patient.Patient;
import org.needlesafe.patient.SexForClinicalUse;
import org.needlesafe.plan.Area;
import org.needlesafe.plan.Device;
import org.needlesafe.plan.PlannedArea;
import org.needlesafe.plan.TopicalProduct;
import org.needlesafe.setup.SterileSetup;

/**
 * The contract (shared/contract/case-format.md), written out again independently of the production code, so the
 * properties check the code against the text rather than against itself.
 */
final class Contract {
    /** The required screening answers the contract names, whether or not this case needs them. */
    static final Set<String> SCREENING_FIELDS = Set.of("patient.pregnant", "patient.breastfeeding",
            "patient.fitzpatrickType", "patient.conditions", "patient.medications", "patient.allergies",
            "patient.recentProcedures", "patient.implants", "practitioner.microneedlingTraining", "setup.setting",
            "setup.needles", "setup.packagingIntact", "setup.skinAntisepsis", "setup.gloves", "setup.sharpsContainer",
            "setup.deviceBarrierSleeve", "setup.bloodHandlingCompliant");

    private Contract() {
    }

    /** Contract, "Required screening answers": the paths that must be listed in missingInformation. */
    static List<String> unknownRequiredAnswers(TreatmentCase treatment) {
        List<String> missing = new ArrayList<>();
        Patient patient = treatment.patient();
        SterileSetup setup = treatment.setup();
        Device device = treatment.plan().device();
        // Pregnancy and breastfeeding are required only where they can apply (JUDGEMENT, default age under 60 and a
        // sex parameter for clinical use that is not male-typical).
        if (patient.sexForClinicalUse() != SexForClinicalUse.MALE_TYPICAL
                && (patient.ageYears() == null || patient.ageYears() < 60)) {
            unknown(missing, patient.pregnant(), "patient.pregnant");
            unknown(missing, patient.breastfeeding(), "patient.breastfeeding");
        }
        unknown(missing, patient.fitzpatrickType(), "patient.fitzpatrickType");
        unknown(missing, patient.conditions(), "patient.conditions");
        unknown(missing, patient.medications(), "patient.medications");
        unknown(missing, patient.allergies(), "patient.allergies");
        unknown(missing, patient.recentProcedures(), "patient.recentProcedures");
        if (device == Device.RF_MICRONEEDLING) {
            unknown(missing, patient.implants(), "patient.implants");
        }
        unknown(missing, treatment.practitioner().microneedlingTraining(), "practitioner.microneedlingTraining");
        unknown(missing, setup.setting(), "setup.setting");
        unknown(missing, setup.needles(), "setup.needles");
        unknown(missing, setup.packagingIntact(), "setup.packagingIntact");
        unknown(missing, setup.skinAntisepsis(), "setup.skinAntisepsis");
        unknown(missing, setup.gloves(), "setup.gloves");
        unknown(missing, setup.sharpsContainer(), "setup.sharpsContainer");
        if (device == Device.PEN || device == Device.RF_MICRONEEDLING) {
            unknown(missing, setup.deviceBarrierSleeve(), "setup.deviceBarrierSleeve");
        }
        if (treatment.plan().topicals().stream().anyMatch(topical -> topical.product() == TopicalProduct.PRP)) {
            unknown(missing, setup.bloodHandlingCompliant(), "setup.bloodHandlingCompliant");
        }
        for (int i = 0; i < treatment.plan().topicals().size(); i++) {
            unknown(missing, treatment.plan().topicals().get(i).sterileForProcedure(),
                    "plan.topicals[" + i + "].sterileForProcedure");
        }
        if (patient.medications() != null) {
            for (int i = 0; i < patient.medications().size(); i++) {
                Medication medication = patient.medications().get(i);
                if (medication.status() == MedicationStatus.STOPPED) {
                    unknown(missing, medication.lastTakenDate(), "patient.medications[" + i + "].lastTakenDate");
                }
            }
        }
        return missing;
    }

    private static void unknown(List<String> missing, Object answer, String path) {
        if (answer == null) {
            missing.add(path);
        }
    }

    /** Contract, "areaDecisions": per planned area, in plan order, the most restrictive of case-wide and own. */
    static Map<Area, Decision> areaDecisions(List<Finding> findings, List<PlannedArea> planned) {
        Decision caseWide = caseWide(findings);
        Map<Area, Decision> decisions = new LinkedHashMap<>();
        for (PlannedArea area : planned) {
            Decision decision = caseWide;
            for (Finding finding : findings) {
                if (area.area() == finding.area()) {
                    decision = max(decision, finding.decision());
                }
            }
            decisions.put(area.area(), decision);
        }
        return decisions;
    }

    /**
     * Contract, "The case's decision": the most restrictive of the case-wide findings and the areas' roll-up (the
     * most restrictive area capped at MODIFY_PLAN when some area could be treated today, else the least
     * restrictive area).
     */
    static Decision caseDecision(List<Finding> findings, Map<Area, Decision> areaDecisions) {
        Decision most = Decision.PROCEED;
        Decision least = Decision.DO_NOT_PROCEED;
        boolean anyTreatable = false;
        for (Decision decision : areaDecisions.values()) {
            most = max(most, decision);
            least = decision.ordinal() < least.ordinal() ? decision : least;
            anyTreatable |= decision.ordinal() <= Decision.MODIFY_PLAN.ordinal();
        }
        Decision areas = anyTreatable
                ? (most.ordinal() > Decision.MODIFY_PLAN.ordinal() ? Decision.MODIFY_PLAN : most)
                : least;
        return max(caseWide(findings), areas);
    }

    static Decision caseWide(List<Finding> findings) {
        Decision decision = Decision.PROCEED;
        for (Finding finding : findings) {
            if (finding.area() == null) {
                decision = max(decision, finding.decision());
            }
        }
        return decision;
    }

    static Decision max(Decision a, Decision b) {
        return a.ordinal() >= b.ordinal() ? a : b;
    }

    static boolean atLeast(Decision decision, Decision floor) {
        return decision.ordinal() >= floor.ordinal();
    }

    /**
     * Advice to stop a prescribed medicine: a stop-word (stop, discontinue, pause, hold, suspend, withhold, come
     * off) close before a prescribed medicine, in one sentence, not negated ("do not stop", "never stop"). The house
     * rule: never advise it; refer to the prescriber. Self-medicated supplements and OTC NSAIDs may be paused.
     */
    private static final Pattern STOP_ADVICE = Pattern.compile(
            "\\b(stop|discontinue|pause|hold|suspend|withhold|come off|go off|cease)\\b([^.;:!?]{0,60}?)"
                    + "\\b(anticoagulants?|antiplatelets?|isotretinoin|prescribed|prescriptions?|medications?"
                    + "|medicines?|blood[- ]thinners?|warfarin|clopidogrel|immunosuppressants?|chemotherapy"
                    + "|antiarrhythmics?)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NEGATION = Pattern.compile(
            "\\b(not|never|no need to|n't|without|nor)\\s+(\\w+\\s+){0,2}$", Pattern.CASE_INSENSITIVE);
    private static final Pattern SELF_MEDICATED = Pattern.compile(
            "self-medicated|over-the-counter|\\bOTC\\b|supplement", Pattern.CASE_INSENSITIVE);

    /** The first piece of text that advises stopping a prescribed medicine, or {@code null}. */
    static String stopAdvice(String text) {
        Matcher matcher = STOP_ADVICE.matcher(text);
        while (matcher.find()) {
            String before = text.substring(Math.max(0, matcher.start() - 30), matcher.start());
            if (NEGATION.matcher(before).find() || SELF_MEDICATED.matcher(matcher.group()).find()) {
                continue;
            }
            return matcher.group();
        }
        return null;
    }
}
