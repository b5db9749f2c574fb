package org.needlesafe;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.needlesafe.clearance.Clearance;
import org.needlesafe.patient.Patient;
import org.needlesafe.plan.TreatmentPlan;
import org.needlesafe.practitioner.Practitioner;
import org.needlesafe.setup.SterileSetup;

/**
 * One planned microneedling treatment: the patient, the practitioner, the set-up and the plan. Nothing is checked
 * on construction; {@link SafetyAdvisor#assess} validates the whole case and reports every problem at once.
 *
 * @param caseId         optional; echoed back in the assessment
 * @param assessmentDate the day the rules reason about (there is no hidden clock); required
 * @param jurisdiction   the id of a loaded jurisdiction profile, e.g. {@code US-UT}; required
 * @param clearances     documented clearances; {@code null} or empty for none
 */
public record TreatmentCase(
        String caseId,
        LocalDate assessmentDate,
        String jurisdiction,
        Patient patient,
        Practitioner practitioner,
        SterileSetup setup,
        TreatmentPlan plan,
        List<Clearance> clearances) {

    /**
     * Copies the clearances; {@code null} means none.
     *
     * @param caseId         optional; echoed back in the assessment
     * @param assessmentDate the day the rules reason about (there is no hidden clock); required
     * @param jurisdiction   the id of a loaded jurisdiction profile, e.g. {@code US-UT}; required
     * @param patient        the patient as screened; required
     * @param practitioner   who will perform the treatment; required
     * @param setup          the sterile set-up; required
     * @param plan           the planned treatment; required
     * @param clearances     documented clearances; {@code null} or empty for none
     */
    public TreatmentCase {
        // Null entries are kept, so validation can report them.
        clearances = clearances == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(clearances));
    }

    /**
     * Withholds the values: this is patient data, and Drools logs the facts it holds at DEBUG and TRACE, where
     * patient data must never go. Read the accessors instead.
     */
    @Override
    public String toString() {
        return "TreatmentCase[withheld]";
    }

    /**
     * Starts an empty builder.
     *
     * @return a builder with every field unset
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts a builder holding these values.
     *
     * @return a builder to change some of them
     */
    public Builder toBuilder() {
        return new Builder().caseId(caseId).assessmentDate(assessmentDate).jurisdiction(jurisdiction)
                .patient(patient).practitioner(practitioner).setup(setup).plan(plan).clearances(clearances);
    }

    /** Builds a {@link TreatmentCase}. */
    public static final class Builder {
        private String caseId;
        private LocalDate assessmentDate;
        private String jurisdiction;
        private Patient patient;
        private Practitioner practitioner;
        private SterileSetup setup;
        private TreatmentPlan plan;
        private List<Clearance> clearances;

        private Builder() {
        }

        /**
         * Sets {@code caseId} (see {@link TreatmentCase}).
         *
         * @param caseId the value
         * @return this builder
         */
        public Builder caseId(String caseId) { this.caseId = caseId; return this; }
        /**
         * Sets {@code assessmentDate} (see {@link TreatmentCase}).
         *
         * @param date the value
         * @return this builder
         */
        public Builder assessmentDate(LocalDate date) { this.assessmentDate = date; return this; }
        /**
         * Sets {@code jurisdiction} (see {@link TreatmentCase}).
         *
         * @param jurisdiction the value
         * @return this builder
         */
        public Builder jurisdiction(String jurisdiction) { this.jurisdiction = jurisdiction; return this; }
        /**
         * Sets {@code patient} (see {@link TreatmentCase}).
         *
         * @param patient the value
         * @return this builder
         */
        public Builder patient(Patient patient) { this.patient = patient; return this; }
        /**
         * Sets {@code practitioner} (see {@link TreatmentCase}).
         *
         * @param practitioner the value
         * @return this builder
         */
        public Builder practitioner(Practitioner practitioner) { this.practitioner = practitioner; return this; }
        /**
         * Sets {@code setup} (see {@link TreatmentCase}).
         *
         * @param setup the value
         * @return this builder
         */
        public Builder setup(SterileSetup setup) { this.setup = setup; return this; }
        /**
         * Sets {@code plan} (see {@link TreatmentCase}).
         *
         * @param plan the value
         * @return this builder
         */
        public Builder plan(TreatmentPlan plan) { this.plan = plan; return this; }
        /**
         * Sets {@code clearances}; {@code null} or empty is none.
         *
         * @param clearances the entries
         * @return this builder
         */
        public Builder clearances(List<Clearance> clearances) { this.clearances = clearances; return this; }
        /**
         * Sets {@code clearances}, listed here.
         *
         * @param clearances the entries
         * @return this builder
         */
        public Builder clearances(Clearance... clearances) { return clearances(List.of(clearances)); }

        /**
         * Builds the TreatmentCase; nothing is checked here.
         *
         * @return the TreatmentCase
         */
        public TreatmentCase build() {
            return new TreatmentCase(caseId, assessmentDate, jurisdiction, patient, practitioner, setup, plan,
                    clearances);
        }
    }
}
