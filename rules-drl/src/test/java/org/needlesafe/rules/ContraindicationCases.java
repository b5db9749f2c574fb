package org.needlesafe.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.needlesafe.Assessment;
import org.needlesafe.Finding;
import org.needlesafe.SafetyAdvisor;
import org.needlesafe.TreatmentCase;
import org.needlesafe.clearance.Clearance;
import org.needlesafe.clearance.ClearingRole;
import org.needlesafe.configuration.ClinicConfiguration;
import org.needlesafe.configuration.Threshold;
import org.needlesafe.patient.Allergy;
import org.needlesafe.patient.Condition;
import org.needlesafe.patient.ConditionCode;
import org.needlesafe.patient.ConditionStatus;
import org.needlesafe.patient.FitzpatrickType;
import org.needlesafe.patient.Implant;
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

/**
 * Builds the contraindication tests' cases from the shared clean baseline ({@link Cases#clean()}: a dermatologist in
 * US-CA, cheeks at 1.0 mm with a pen), changed in the one respect a test is about.
 */
final class ContraindicationCases {
    static final LocalDate TODAY = Cases.TODAY;

    /**
     * An advisor whose clinic moved every C threshold, to show the boundaries follow the configuration. Built once:
     * compiling the rule pack takes seconds.
     */
    static final SafetyAdvisor ALTERED = SafetyAdvisor.builder().configuration(ClinicConfiguration.builder()
            .set(Threshold.SUN_EXPOSURE_WINDOW_DAYS, "7")
            .set(Threshold.ISOTRETINOIN_WASHOUT_MONTHS, "3")
            .set(Threshold.SUPPLEMENT_PAUSE_DAYS, "3")
            .set(Threshold.STOPPED_ANTITHROMBOTIC_DAYS, "3")
            .set(Threshold.RADIOTHERAPY_WINDOW_MONTHS, "1")
            .set(Threshold.ANESTHETIC_MAX_AREAS, "2")
            .set(Threshold.ANESTHETIC_MAX_BODY_AREAS, "0")
            .set(Threshold.NEUROTOXIN_FILLER_GAP_DAYS, "7")
            .set(Threshold.RETINOID_GAP_DAYS, "10")
            .set(Threshold.PEEL_LASER_GAP_DAYS, "30")
            .set(Threshold.DEEP_RESURFACING_GAP_MONTHS, "6")
            .set(Threshold.RECENT_SCAR_MONTHS, "12")
            .set(Threshold.RECENT_SURGERY_MONTHS, "3")
            .set(Threshold.CLEARANCE_VALID_DAYS, "30")
            .build()).build();

    private ContraindicationCases() {
    }

    static Scenario scenario() {
        return new Scenario();
    }

    static LocalDate daysAgo(int days) {
        return TODAY.minusDays(days);
    }

    static LocalDate monthsAgo(int months) {
        return TODAY.minusMonths(months);
    }

    /**
     * A date from a table cell: {@code "6m"} is 6 calendar months ago, {@code "6m-1d"} one day less long ago,
     * {@code "6m+1d"} one day longer ago; {@code "13"} is 13 days ago; {@code "none"} is unknown ({@code null}).
     */
    static LocalDate ago(String when) {
        String cell = when.strip();
        if (cell.equals("none")) {
            return null;
        }
        int m = cell.indexOf('m');
        if (m < 0) {
            return daysAgo(Integer.parseInt(cell));
        }
        LocalDate date = monthsAgo(Integer.parseInt(cell.substring(0, m)));
        return cell.endsWith("-1d") ? date.plusDays(1) : cell.endsWith("+1d") ? date.minusDays(1) : date;
    }

    /** A medication from a table cell: {@code "current"}, {@code "unknown"} (stopped, last dose unknown), or the
     * last dose as for {@link #ago}. */
    static Medication medication(MedicationCode code, String lastDose) {
        return switch (lastDose.strip()) {
            case "current" -> Medication.current(code);
            case "unknown" -> Medication.stopped(code, null);
            default -> Medication.stopped(code, ago(lastDose));
        };
    }

    /** A condition in one area, or not localised when the table cell is empty ({@code where} is null). */
    static Condition condition(ConditionCode code, ConditionStatus status, Area where) {
        return where == null ? Condition.of(code, status) : Condition.in(code, status, where);
    }

    /** A procedure in one area, or not localised when the table cell is empty ({@code where} is null). */
    static RecentProcedure procedure(ProcedureCode code, LocalDate date, Area where) {
        return where == null ? RecentProcedure.of(code, date) : RecentProcedure.of(code, date, where);
    }

    static Condition condition(ConditionCode code, ConditionStatus status, Area... areas) {
        return Condition.in(code, status, areas);
    }

    /** A condition with an onset date (or {@code null}), in one area or not localised ({@code where} null). */
    static Condition condition(ConditionCode code, ConditionStatus status, LocalDate onset, Area where) {
        return new Condition(code, status, where == null ? Set.of() : Set.of(where), onset);
    }

    /** Areas from a table cell: names separated by spaces, e.g. {@code "CHEEKS HANDS"}. */
    static Area[] areas(String names) {
        return Arrays.stream(names.trim().split("\\s+")).map(Area::valueOf).toArray(Area[]::new);
    }

    /**
     * Checks where a rule's findings are, from a table cell: {@code -} none, {@code *} one case-wide finding,
     * otherwise exactly the named areas.
     */
    static void assertScope(List<Finding> findings, String expected) {
        switch (expected.trim()) {
            case "-" -> assertThat(findings).isEmpty();
            case "*" -> assertThat(findings).singleElement().satisfies(f -> assertThat(f.area()).isNull());
            default -> assertThat(findings).extracting(Finding::area).containsExactlyInAnyOrder(areas(expected));
        }
    }

    /** The one finding of a rule; fails when there is none or more than one. */
    static Finding single(List<Finding> findings) {
        assertThat(findings).hasSize(1);
        return findings.get(0);
    }

    /** One test's case: the clean baseline changed in a few respects. */
    static final class Scenario {
        private final Patient.Builder patient = Cases.patient();
        private final TreatmentPlan.Builder plan = Cases.plan();
        private Practitioner practitioner = new Practitioner(Credential.DERMATOLOGIST, true, false, 10);
        private final List<Clearance> clearances = new ArrayList<>();

        Scenario conditions(Condition... conditions) {
            patient.conditions(conditions);
            return this;
        }

        Scenario medications(Medication... medications) {
            patient.medications(medications);
            return this;
        }

        Scenario allergies(Allergy... allergies) {
            patient.allergies(allergies);
            return this;
        }

        Scenario procedures(RecentProcedure... procedures) {
            patient.recentProcedures(procedures);
            return this;
        }

        Scenario implants(Implant... implants) {
            patient.implants(implants);
            return this;
        }

        Scenario fitzpatrick(FitzpatrickType type) {
            patient.fitzpatrickType(type);
            return this;
        }

        /** The practitioner, trained and experienced, unsupervised. */
        Scenario by(Credential credential) {
            practitioner = new Practitioner(credential, true, false, 10);
            return this;
        }

        /** The practitioner exactly as given (an unknown answer included). */
        Scenario by(Practitioner practitioner) {
            this.practitioner = practitioner;
            return this;
        }

        Scenario device(Device device) {
            plan.device(device);
            return this;
        }

        /** Plans these areas, each at a shallow 0.5 mm so that no depth rule has anything to say. */
        Scenario areas(Area... areas) {
            List<PlannedArea> planned = new ArrayList<>();
            for (Area area : areas) {
                planned.add(PlannedArea.of(area, "0.5"));
            }
            plan.areas(planned);
            return this;
        }

        /** Whether a topical anaesthetic is planned; {@code null} is unknown. */
        Scenario anaesthetic(Boolean planned) {
            plan.topicalAnesthetic(planned);
            return this;
        }

        Scenario clearance(String kb, ClearingRole by, LocalDate date) {
            clearances.add(new Clearance(kb, by, date));
            return this;
        }

        TreatmentCase build() {
            return Cases.clean().toBuilder().caseId("contraindication").patient(patient.build())
                    .practitioner(practitioner).plan(plan.build()).clearances(List.copyOf(clearances)).build();
        }

        Assessment assess() {
            return Cases.assess(build());
        }

        Assessment assess(SafetyAdvisor advisor) {
            return Cases.record(advisor.assess(build()));
        }

        /** The findings of one rule, with the default configuration. */
        List<Finding> findings(String ruleId) {
            return of(assess(), ruleId);
        }

        /** The findings of one rule, with the given advisor's configuration. */
        List<Finding> findings(SafetyAdvisor advisor, String ruleId) {
            return of(assess(advisor), ruleId);
        }

        private static List<Finding> of(Assessment assessment, String ruleId) {
            return assessment.findings().stream().filter(finding -> finding.ruleId().equals(ruleId)).toList();
        }
    }
}
