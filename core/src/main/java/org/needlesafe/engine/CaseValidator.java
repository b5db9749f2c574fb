package org.needlesafe.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.needlesafe.Problem;
import org.needlesafe.TreatmentCase;
import org.needlesafe.clearance.Clearance;
import org.needlesafe.clearance.KnowledgeBaseItems;
import org.needlesafe.patient.Condition;
import org.needlesafe.patient.Implant;
import org.needlesafe.patient.Medication;
import org.needlesafe.patient.Patient;
import org.needlesafe.patient.RecentProcedure;
import org.needlesafe.plan.Area;
import org.needlesafe.plan.PlannedArea;
import org.needlesafe.plan.Topical;
import org.needlesafe.plan.TreatmentPlan;
import org.needlesafe.text.Message;

/**
 * Checks a case against the contract's structural requirements and reports every problem at once, each with the
 * field's JSON path. Unknown screening answers are not problems: they are the fail-safe's business.
 */
public final class CaseValidator {
    /** The most decimal places a planned depth may have (0.075 mm is the finest roller on the market). */
    public static final int MAX_DEPTH_DECIMALS = 3;
    private static final int MAX_AGE_YEARS = 130;
    // Dates the rules add windows to must stay far from LocalDate's limits.
    private static final int MIN_YEAR = 1900;
    private static final int MAX_YEAR = 9999;

    private final List<Problem> problems = new ArrayList<>();
    private final Set<String> jurisdictions;
    private LocalDate today;

    private CaseValidator(Set<String> jurisdictions) {
        this.jurisdictions = jurisdictions;
    }

    /**
     * Every problem with the case.
     *
     * @param treatment     the case
     * @param jurisdictions the ids of the loaded jurisdiction profiles
     * @return the problems, each with its JSON path; empty when the case is valid
     */
    public static List<Problem> validate(TreatmentCase treatment, Set<String> jurisdictions) {
        CaseValidator validator = new CaseValidator(jurisdictions);
        if (treatment == null) {
            validator.problem("", Message.keyed("problem.required"));
        } else {
            validator.check(treatment);
        }
        return List.copyOf(validator.problems);
    }

    private void check(TreatmentCase treatment) {
        today = treatment.assessmentDate();
        if (required(today, "assessmentDate") && outOfRange(today)) {
            problem("assessmentDate", Message.keyed("problem.year", MIN_YEAR, MAX_YEAR));
            today = null;
        }
        if (required(treatment.jurisdiction(), "jurisdiction") && !jurisdictions.contains(treatment.jurisdiction())) {
            problem("jurisdiction", Message.keyed("problem.unknownProfile", treatment.jurisdiction(),
                    String.join(", ", new TreeSet<>(jurisdictions))));
        }
        if (required(treatment.patient(), "patient")) {
            patient(treatment.patient());
        }
        if (required(treatment.practitioner(), "practitioner")) {
            required(treatment.practitioner().credential(), "practitioner.credential");
            Integer years = treatment.practitioner().yearsExperience();
            if (years != null && (years < 0 || years > 80)) {
                problem("practitioner.yearsExperience", Message.keyed("problem.between", 0, 80));
            }
            Integer nursing = treatment.practitioner().generalNursingYears();
            if (nursing != null && (nursing < 0 || nursing > 80)) {
                problem("practitioner.generalNursingYears", Message.keyed("problem.between", 0, 80));
            }
        }
        required(treatment.setup(), "setup");
        if (required(treatment.plan(), "plan")) {
            plan(treatment.plan());
        }
        for (int i = 0; i < treatment.clearances().size(); i++) {
            clearance(treatment.clearances().get(i), "clearances[" + i + "]");
        }
    }

    private void patient(Patient patient) {
        if (required(patient.ageYears(), "patient.ageYears")
                && (patient.ageYears() < 0 || patient.ageYears() > MAX_AGE_YEARS)) {
            problem("patient.ageYears", Message.keyed("problem.between", 0, MAX_AGE_YEARS));
        }
        each(patient.conditions(), "patient.conditions", (condition, path) -> {
            Condition c = (Condition) condition;
            required(c.code(), path + ".code");
            required(c.status(), path + ".status");
            notAfterToday(c.onsetDate(), path + ".onsetDate");
        });
        each(patient.medications(), "patient.medications", (medication, path) -> {
            Medication m = (Medication) medication;
            required(m.code(), path + ".code");
            required(m.status(), path + ".status");
            notAfterToday(m.lastTakenDate(), path + ".lastTakenDate");
        });
        each(patient.allergies(), "patient.allergies", (allergy, path) -> { });
        each(patient.recentProcedures(), "patient.recentProcedures", (procedure, path) -> {
            RecentProcedure p = (RecentProcedure) procedure;
            required(p.code(), path + ".code");
            if (required(p.date(), path + ".date")) {
                notAfterToday(p.date(), path + ".date");
            }
        });
        each(patient.implants(), "patient.implants", (implant, path) -> required(((Implant) implant).code(),
                path + ".code"));
    }

    private void plan(TreatmentPlan plan) {
        required(plan.device(), "plan.device");
        if (required(plan.areas(), "plan.areas")) {
            if (plan.areas().isEmpty()) {
                problem("plan.areas", Message.keyed("problem.noArea"));
            }
            Set<Area> seen = EnumSet.noneOf(Area.class);
            each(plan.areas(), "plan.areas", (planned, path) -> {
                PlannedArea area = (PlannedArea) planned;
                if (required(area.area(), path + ".area") && !seen.add(area.area())) {
                    problem(path + ".area", Message.keyed("problem.plannedTwice", area.area().name()));
                }
                if (required(area.depthMm(), path + ".depthMm")) {
                    depth(area.depthMm(), path + ".depthMm");
                }
            });
        }
        each(plan.topicals(), "plan.topicals", (topical, path) -> required(((Topical) topical).product(),
                path + ".product"));
        notAfterToday(plan.previousMicroneedlingDate(), "plan.previousMicroneedlingDate");
        notAfterToday(plan.consultationDate(), "plan.consultationDate");
    }

    /** The same check, path and words whichever doorway the depth came through (the Java API or JSON). */
    private void depth(BigDecimal depth, String path) {
        if (depth.stripTrailingZeros().scale() > MAX_DEPTH_DECIMALS) {
            problem(path, Message.keyed("problem.depthDecimals", MAX_DEPTH_DECIMALS, depth.toPlainString()));
        } else if (depth.signum() <= 0 || depth.compareTo(PlannedArea.MAX_DEPTH_MM) > 0) {
            problem(path, Message.keyed("problem.depth", PlannedArea.MAX_DEPTH_MM));
        }
    }

    private void clearance(Clearance clearance, String path) {
        if (clearance == null) {
            problem(path, Message.keyed("problem.null"));
            return;
        }
        if (required(clearance.kb(), path + ".kb")
                && !KbItem.parse(clearance.kb()).map(KbItem::numbered).orElse(false)) {
            problem(path + ".kb", Message.keyed("problem.kbShape", clearance.kb()));
        } else if (clearance.kb() != null && !KnowledgeBaseItems.exists(clearance.kb())) {
            problem(path + ".kb", Message.keyed("problem.kbUnknown", clearance.kb()));
        }
        required(clearance.by(), path + ".by");
        if (required(clearance.date(), path + ".date")) {
            notAfterToday(clearance.date(), path + ".date");
        }
    }

    private interface EntryCheck {
        void check(Object entry, String path);
    }

    private void each(List<?> list, String path, EntryCheck check) {
        if (list == null) {
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            String entryPath = path + "[" + i + "]";
            if (list.get(i) == null) {
                problem(entryPath, Message.keyed("problem.null"));
            } else {
                check.check(list.get(i), entryPath);
            }
        }
    }

    private boolean required(Object value, String path) {
        if (value == null) {
            problem(path, Message.keyed("problem.required"));
            return false;
        }
        return true;
    }

    private static boolean outOfRange(LocalDate date) {
        return date.getYear() < MIN_YEAR || date.getYear() > MAX_YEAR;
    }

    private void notAfterToday(LocalDate date, String path) {
        if (date != null && outOfRange(date)) {
            problem(path, Message.keyed("problem.year", MIN_YEAR, MAX_YEAR));
            return;
        }
        if (date != null && today != null && date.isAfter(today)) {
            problem(path, Message.keyed("problem.afterAssessment", today));
        }
    }

    /** A problem in the core catalogue's words, so each doorway can write it in its caller's language. */
    private void problem(String path, Message words) {
        problems.add(Problem.of(path, words));
    }
}
