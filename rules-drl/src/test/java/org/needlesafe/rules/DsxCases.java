package org.needlesafe.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.needlesafe.Assessment;
import org.needlesafe.Finding;
import org.needlesafe.SafetyAdvisor;
import org.needlesafe.TreatmentCase;
import org.needlesafe.clearance.Clearance;
import org.needlesafe.patient.Patient;
import org.needlesafe.plan.PlannedArea;
import org.needlesafe.plan.TreatmentPlan;
import org.needlesafe.practitioner.Credential;
import org.needlesafe.practitioner.Practitioner;
import org.needlesafe.setup.SterileSetup;

/**
 * Variations of {@link Cases#clean()} for the device, set-up, topical, aftercare and screening rule tests: start from
 * the clean baseline and change one thing.
 */
final class DsxCases {
    private DsxCases() {
    }

    /** The clean baseline, ready to be changed. */
    static Variant clean() {
        return new Variant();
    }

    static LocalDate daysAgo(int days) {
        return Cases.TODAY.minusDays(days);
    }

    /** The findings of one rule. */
    static List<Finding> findings(Assessment assessment, String ruleId) {
        return assessment.findings().stream().filter(finding -> finding.ruleId().equals(ruleId)).toList();
    }

    /** One case, built from the clean baseline's builders. */
    static final class Variant {
        private final Patient.Builder patient = Cases.patient();
        private final SterileSetup.Builder setup = Cases.setup();
        private final TreatmentPlan.Builder plan = Cases.plan();
        private Practitioner practitioner = new Practitioner(Credential.DERMATOLOGIST, true, false, 10);
        private String jurisdiction = "US-CA";
        private final List<Clearance> clearances = new ArrayList<>();

        private Variant() {
        }

        Variant patient(UnaryOperator<Patient.Builder> change) {
            change.apply(patient);
            return this;
        }

        Variant setup(UnaryOperator<SterileSetup.Builder> change) {
            change.apply(setup);
            return this;
        }

        Variant plan(UnaryOperator<TreatmentPlan.Builder> change) {
            change.apply(plan);
            return this;
        }

        Variant areas(PlannedArea... areas) {
            plan.areas(areas);
            return this;
        }

        Variant practitioner(Practitioner practitioner) {
            this.practitioner = practitioner;
            return this;
        }

        /** A trained practitioner with 10 years' experience. */
        Variant practitioner(Credential credential, boolean supervised) {
            return practitioner(new Practitioner(credential, true, supervised, 10));
        }

        Variant jurisdiction(String jurisdiction) {
            this.jurisdiction = jurisdiction;
            return this;
        }

        Variant clearance(Clearance clearance) {
            clearances.add(clearance);
            return this;
        }

        TreatmentCase build() {
            return Cases.clean().toBuilder().jurisdiction(jurisdiction).patient(patient.build())
                    .practitioner(practitioner).setup(setup.build()).plan(plan.build()).clearances(clearances)
                    .build();
        }

        Assessment assess() {
            return Cases.assess(build());
        }

        Assessment assessWith(SafetyAdvisor advisor) {
            return Cases.record(advisor.assess(build()));
        }

        List<Finding> findings(String ruleId) {
            return DsxCases.findings(assess(), ruleId);
        }
    }
}
