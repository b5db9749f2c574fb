package org.needlesafe.patient;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The patient, as screened before the treatment.
 *
 * <p>A yes/no answer that is {@code null} is <em>unknown</em>, never "no". A list that is {@code null} was
 * <em>not reviewed</em>; an empty list means reviewed, none. Unknown required answers are listed in the
 * assessment's {@code missingInformation} and hold the case at {@code DEFER}.
 *
 * <p>{@code sexForClinicalUse} (an extension of the contract) says whether pregnancy and breastfeeding can apply; it
 * is never the administrative gender. {@code null} is unknown, which rules nothing out.
 *
 * @param ageYears          age in whole years; {@code null} is unknown
 * @param fitzpatrickType   the skin phototype; {@code null} is unknown
 * @param pregnant          whether the patient is pregnant; {@code null} is unknown
 * @param breastfeeding     whether the patient is breastfeeding; {@code null} is unknown
 * @param conditions        skin and medical conditions; {@code null} is not reviewed, empty is none
 * @param medications       medicines and supplements; {@code null} is not reviewed, empty is none
 * @param allergies         allergies; {@code null} is not reviewed, empty is none
 * @param recentProcedures  procedures done before this treatment; {@code null} is not reviewed, empty is none
 * @param implants          implants such as gold threads or a pacemaker; {@code null} is not reviewed, empty is none
 * @param sexForClinicalUse whether pregnancy and breastfeeding can apply; {@code null} is unknown
 */
public record Patient(
        Integer ageYears,
        FitzpatrickType fitzpatrickType,
        Boolean pregnant,
        Boolean breastfeeding,
        List<Condition> conditions,
        List<Medication> medications,
        List<Allergy> allergies,
        List<RecentProcedure> recentProcedures,
        List<Implant> implants,
        SexForClinicalUse sexForClinicalUse) {

    /**
     * A patient whose sex parameter for clinical use is unknown (the contract before the field existed).
     *
     * @param ageYears         age in whole years; {@code null} is unknown
     * @param fitzpatrickType  the skin phototype; {@code null} is unknown
     * @param pregnant         whether the patient is pregnant; {@code null} is unknown
     * @param breastfeeding    whether the patient is breastfeeding; {@code null} is unknown
     * @param conditions       skin and medical conditions; {@code null} is not reviewed, empty is none
     * @param medications      medicines and supplements; {@code null} is not reviewed, empty is none
     * @param allergies        allergies; {@code null} is not reviewed, empty is none
     * @param recentProcedures procedures done before this treatment; {@code null} is not reviewed, empty is none
     * @param implants         implants such as gold threads or a pacemaker; {@code null} is not reviewed, empty is none
     */
    public Patient(Integer ageYears, FitzpatrickType fitzpatrickType, Boolean pregnant, Boolean breastfeeding,
                   List<Condition> conditions, List<Medication> medications, List<Allergy> allergies,
                   List<RecentProcedure> recentProcedures, List<Implant> implants) {
        this(ageYears, fitzpatrickType, pregnant, breastfeeding, conditions, medications, allergies, recentProcedures,
                implants, null);
    }

    /**
     * Copies the lists; a {@code null} list stays {@code null} (not reviewed).
     *
     * @param ageYears          age in whole years; {@code null} is unknown
     * @param fitzpatrickType   the skin phototype; {@code null} is unknown
     * @param pregnant          whether the patient is pregnant; {@code null} is unknown
     * @param breastfeeding     whether the patient is breastfeeding; {@code null} is unknown
     * @param conditions        skin and medical conditions; {@code null} is not reviewed, empty is none
     * @param medications       medicines and supplements; {@code null} is not reviewed, empty is none
     * @param allergies         allergies; {@code null} is not reviewed, empty is none
     * @param recentProcedures  procedures done before this treatment; {@code null} is not reviewed, empty is none
     * @param implants          implants such as gold threads or a pacemaker; {@code null} is not reviewed, empty is
     *                          none
     * @param sexForClinicalUse whether pregnancy and breastfeeding can apply; {@code null} is unknown
     */
    public Patient {
        conditions = copyKeepingNulls(conditions);
        medications = copyKeepingNulls(medications);
        allergies = copyKeepingNulls(allergies);
        recentProcedures = copyKeepingNulls(recentProcedures);
        implants = copyKeepingNulls(implants);
    }

    /**
     * Withholds the values: this is patient data, and Drools logs the facts it holds at DEBUG and TRACE, where
     * patient data must never go. Read the accessors instead.
     */
    @Override
    public String toString() {
        return "Patient[withheld]";
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
     * Starts from this patient, to change a few answers.
     *
     * @return a builder holding every answer of this patient
     */
    public Builder toBuilder() {
        return new Builder().ageYears(ageYears).fitzpatrickType(fitzpatrickType).pregnant(pregnant)
                .breastfeeding(breastfeeding).conditions(conditions).medications(medications).allergies(allergies)
                .recentProcedures(recentProcedures).implants(implants).sexForClinicalUse(sexForClinicalUse);
    }

    /** Builds a {@link Patient}; every answer left unset stays unknown. */
    public static final class Builder {
        private Integer ageYears;
        private FitzpatrickType fitzpatrickType;
        private Boolean pregnant;
        private Boolean breastfeeding;
        private List<Condition> conditions;
        private List<Medication> medications;
        private List<Allergy> allergies;
        private List<RecentProcedure> recentProcedures;
        private List<Implant> implants;
        private SexForClinicalUse sexForClinicalUse;

        private Builder() {
        }

        /**
         * Sets {@code ageYears} (see {@link Patient}).
         *
         * @param ageYears the value
         * @return this builder
         */
        public Builder ageYears(Integer ageYears) { this.ageYears = ageYears; return this; }
        /**
         * Sets {@code fitzpatrickType} (see {@link Patient}).
         *
         * @param type the value
         * @return this builder
         */
        public Builder fitzpatrickType(FitzpatrickType type) { this.fitzpatrickType = type; return this; }
        /**
         * Sets {@code pregnant} (see {@link Patient}).
         *
         * @param pregnant the value
         * @return this builder
         */
        public Builder pregnant(Boolean pregnant) { this.pregnant = pregnant; return this; }
        /**
         * Sets {@code breastfeeding} (see {@link Patient}).
         *
         * @param breastfeeding the value
         * @return this builder
         */
        public Builder breastfeeding(Boolean breastfeeding) { this.breastfeeding = breastfeeding; return this; }
        /**
         * Sets {@code conditions}: {@code null} is not reviewed, empty is none.
         *
         * @param conditions the entries
         * @return this builder
         */
        public Builder conditions(List<Condition> conditions) { this.conditions = conditions; return this; }
        /**
         * Sets {@code conditions}, listed here.
         *
         * @param conditions the entries
         * @return this builder
         */
        public Builder conditions(Condition... conditions) { return conditions(List.of(conditions)); }
        /**
         * Sets {@code medications}: {@code null} is not reviewed, empty is none.
         *
         * @param medications the entries
         * @return this builder
         */
        public Builder medications(List<Medication> medications) { this.medications = medications; return this; }
        /**
         * Sets {@code medications}, listed here.
         *
         * @param medications the entries
         * @return this builder
         */
        public Builder medications(Medication... medications) { return medications(List.of(medications)); }
        /**
         * Sets {@code allergies}: {@code null} is not reviewed, empty is none.
         *
         * @param allergies the entries
         * @return this builder
         */
        public Builder allergies(List<Allergy> allergies) { this.allergies = allergies; return this; }
        /**
         * Sets {@code allergies}, listed here.
         *
         * @param allergies the entries
         * @return this builder
         */
        public Builder allergies(Allergy... allergies) { return allergies(List.of(allergies)); }
        /**
         * Sets {@code recentProcedures}: {@code null} is not reviewed, empty is none.
         *
         * @param procedures the entries
         * @return this builder
         */
        public Builder recentProcedures(List<RecentProcedure> procedures) { this.recentProcedures = procedures; return this; }
        /**
         * Sets {@code recentProcedures}, listed here.
         *
         * @param procedures the entries
         * @return this builder
         */
        public Builder recentProcedures(RecentProcedure... procedures) { return recentProcedures(List.of(procedures)); }
        /**
         * Sets {@code implants}: {@code null} is not reviewed, empty is none.
         *
         * @param implants the entries
         * @return this builder
         */
        public Builder implants(List<Implant> implants) { this.implants = implants; return this; }
        /**
         * Sets {@code implants}, listed here.
         *
         * @param implants the entries
         * @return this builder
         */
        public Builder implants(Implant... implants) { return implants(List.of(implants)); }
        /**
         * Sets {@code sexForClinicalUse} (see {@link Patient}).
         *
         * @param sex the value
         * @return this builder
         */
        public Builder sexForClinicalUse(SexForClinicalUse sex) { this.sexForClinicalUse = sex; return this; }

        /**
         * Answers every screening list with "reviewed, none".
         *
         * @return this builder
         */
        public Builder noneReported() {
            return conditions(List.of()).medications(List.of()).allergies(List.of()).recentProcedures(List.of())
                    .implants(List.of());
        }

        /**
         * Builds the Patient; nothing is checked here.
         *
         * @return the Patient
         */
        public Patient build() {
            return new Patient(ageYears, fitzpatrickType, pregnant, breastfeeding, conditions, medications,
                    allergies, recentProcedures, implants, sexForClinicalUse);
        }
    }

    /** An unmodifiable copy that keeps {@code null} (unknown) and null entries, so validation can report them. */
    private static <T> List<T> copyKeepingNulls(List<T> list) {
        return list == null ? null : Collections.unmodifiableList(new ArrayList<>(list));
    }
}
