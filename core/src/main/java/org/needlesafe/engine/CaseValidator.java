package org.needlesafe.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.needlesafe.KbItem;
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
import org.needlesafe.rules.CaseFields;
import org.needlesafe.rules.ContractPath;
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
            validator.problem(ContractPath.CASE, Message.keyed("problem.required"));
        } else {
            validator.check(treatment);
        }
        return List.copyOf(validator.problems);
    }

    private void check(TreatmentCase treatment) {
        today = treatment.assessmentDate();
        if (required(today, CaseFields.ASSESSMENT_DATE) && outOfRange(today)) {
            problem(CaseFields.ASSESSMENT_DATE, Message.keyed("problem.year", MIN_YEAR, MAX_YEAR));
            today = null;
        }
        if (required(treatment.jurisdiction(), CaseFields.JURISDICTION)
                && !jurisdictions.contains(treatment.jurisdiction())) {
            problem(CaseFields.JURISDICTION, Message.keyed("problem.unknownProfile", treatment.jurisdiction(),
                    String.join(", ", new TreeSet<>(jurisdictions))));
        }
        if (required(treatment.patient(), CaseFields.PATIENT)) {
            patient(treatment.patient());
        }
        if (required(treatment.practitioner(), CaseFields.PRACTITIONER)) {
            required(treatment.practitioner().credential(), CaseFields.PRACTITIONER_CREDENTIAL);
            Integer years = treatment.practitioner().yearsExperience();
            if (years != null && (years < 0 || years > 80)) {
                problem(CaseFields.PRACTITIONER_YEARS_EXPERIENCE, Message.keyed("problem.between", 0, 80));
            }
            Integer nursing = treatment.practitioner().generalNursingYears();
            if (nursing != null && (nursing < 0 || nursing > 80)) {
                problem(CaseFields.PRACTITIONER_GENERAL_NURSING_YEARS, Message.keyed("problem.between", 0, 80));
            }
        }
        required(treatment.setup(), CaseFields.SETUP);
        if (required(treatment.plan(), CaseFields.PLAN)) {
            plan(treatment.plan());
        }
        for (int i = 0; i < treatment.clearances().size(); i++) {
            clearance(treatment.clearances().get(i), CaseFields.CLEARANCES.index(i));
        }
    }

    private void patient(Patient patient) {
        if (required(patient.ageYears(), CaseFields.PATIENT_AGE_YEARS)
                && (patient.ageYears() < 0 || patient.ageYears() > MAX_AGE_YEARS)) {
            problem(CaseFields.PATIENT_AGE_YEARS, Message.keyed("problem.between", 0, MAX_AGE_YEARS));
        }
        each(patient.conditions(), CaseFields.PATIENT_CONDITIONS, (condition, path) -> {
            Condition c = (Condition) condition;
            required(c.code(), path.field("code"));
            required(c.status(), path.field("status"));
            notAfterToday(c.onsetDate(), path.field("onsetDate"));
        });
        each(patient.medications(), CaseFields.PATIENT_MEDICATIONS, (medication, path) -> {
            Medication m = (Medication) medication;
            required(m.code(), path.field("code"));
            required(m.status(), path.field("status"));
            notAfterToday(m.lastTakenDate(), path.field("lastTakenDate"));
        });
        each(patient.allergies(), CaseFields.PATIENT_ALLERGIES, (allergy, path) -> { });
        each(patient.recentProcedures(), CaseFields.PATIENT_RECENT_PROCEDURES, (procedure, path) -> {
            RecentProcedure p = (RecentProcedure) procedure;
            required(p.code(), path.field("code"));
            if (required(p.date(), path.field("date"))) {
                notAfterToday(p.date(), path.field("date"));
            }
        });
        each(patient.implants(), CaseFields.PATIENT_IMPLANTS, (implant, path) -> required(((Implant) implant).code(),
                path.field("code")));
    }

    private void plan(TreatmentPlan plan) {
        required(plan.device(), CaseFields.PLAN_DEVICE);
        if (required(plan.areas(), CaseFields.PLAN_AREAS)) {
            if (plan.areas().isEmpty()) {
                problem(CaseFields.PLAN_AREAS, Message.keyed("problem.noArea"));
            }
            Set<Area> seen = EnumSet.noneOf(Area.class);
            each(plan.areas(), CaseFields.PLAN_AREAS, (planned, path) -> {
                PlannedArea area = (PlannedArea) planned;
                if (required(area.area(), path.field("area")) && !seen.add(area.area())) {
                    problem(path.field("area"), Message.keyed("problem.plannedTwice", area.area().name()));
                }
                if (required(area.depthMm(), path.field("depthMm"))) {
                    depth(area.depthMm(), path.field("depthMm"));
                }
            });
        }
        each(plan.topicals(), CaseFields.PLAN_TOPICALS, (topical, path) -> required(((Topical) topical).product(),
                path.field("product")));
        notAfterToday(plan.previousMicroneedlingDate(), CaseFields.PLAN_PREVIOUS_MICRONEEDLING_DATE);
        notAfterToday(plan.consultationDate(), CaseFields.PLAN_CONSULTATION_DATE);
    }

    /** The same check, path and words whichever doorway the depth came through (the Java API or JSON). */
    private void depth(BigDecimal depth, ContractPath path) {
        if (depth.stripTrailingZeros().scale() > MAX_DEPTH_DECIMALS) {
            problem(path, Message.keyed("problem.depthDecimals", MAX_DEPTH_DECIMALS, depth.toPlainString()));
        } else if (depth.signum() <= 0 || depth.compareTo(PlannedArea.MAX_DEPTH_MM) > 0) {
            problem(path, Message.keyed("problem.depth", PlannedArea.MAX_DEPTH_MM));
        }
    }

    private void clearance(Clearance clearance, ContractPath path) {
        if (clearance == null) {
            problem(path, Message.keyed("problem.null"));
            return;
        }
        if (required(clearance.kb(), path.field("kb"))
                && !KbItem.parse(clearance.kb()).map(KbItem::numbered).orElse(false)) {
            problem(path.field("kb"), Message.keyed("problem.kbShape", clearance.kb()));
        } else if (clearance.kb() != null && !KnowledgeBaseItems.exists(clearance.kb())) {
            problem(path.field("kb"), Message.keyed("problem.kbUnknown", clearance.kb()));
        }
        required(clearance.by(), path.field("by"));
        if (required(clearance.date(), path.field("date"))) {
            notAfterToday(clearance.date(), path.field("date"));
        }
    }

    private interface EntryCheck {
        void check(Object entry, ContractPath path);
    }

    private void each(List<?> list, ContractPath path, EntryCheck check) {
        if (list == null) {
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            ContractPath entryPath = path.index(i);
            if (list.get(i) == null) {
                problem(entryPath, Message.keyed("problem.null"));
            } else {
                check.check(list.get(i), entryPath);
            }
        }
    }

    private boolean required(Object value, ContractPath path) {
        if (value == null) {
            problem(path, Message.keyed("problem.required"));
            return false;
        }
        return true;
    }

    private static boolean outOfRange(LocalDate date) {
        return date.getYear() < MIN_YEAR || date.getYear() > MAX_YEAR;
    }

    private void notAfterToday(LocalDate date, ContractPath path) {
        if (date != null && outOfRange(date)) {
            problem(path, Message.keyed("problem.year", MIN_YEAR, MAX_YEAR));
            return;
        }
        if (date != null && today != null && date.isAfter(today)) {
            problem(path, Message.keyed("problem.afterAssessment", today));
        }
    }

    /** A problem in the core catalogue's words, so each doorway can write it in its caller's language. */
    private void problem(ContractPath path, Message words) {
        problems.add(Problem.of(path.text(), words));
    }
}
