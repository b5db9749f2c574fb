package org.needlesafe.practitioner;

/**
 * Who will perform the treatment. Build one with {@link #builder()}, which names every fact; the canonical
 * constructor stays for compatibility.
 *
 * @param credential            required
 * @param microneedlingTraining microneedling-specific training; {@code null} is unknown
 * @param supervisingPhysician  a physician supervises this treatment (is on record as supervising it); lets a
 *                              jurisdiction profile widen what others may do, never makes the practitioner a
 *                              physician; {@code null} is unknown: it never widens what a profile allows (a law that
 *                              asks for one on record counts it as not on record), and reads "unknown" in a
 *                              finding, never "false"
 * @param yearsExperience       years of microneedling experience, or {@code null}
 * @param generalNursingYears   years of full-time general nursing experience, or {@code null} when unknown; read
 *                              where a jurisdiction asks nurses for it (Ahpra 2025)
 */
public record Practitioner(Credential credential, Boolean microneedlingTraining, Boolean supervisingPhysician,
                           Integer yearsExperience, Integer generalNursingYears) {

    /**
     * A practitioner whose general nursing experience is unknown.
     *
     * @param credential            required
     * @param microneedlingTraining microneedling-specific training; {@code null} is unknown
     * @param supervisingPhysician  a physician supervises this treatment (is on record as supervising it); lets a
     *                              jurisdiction profile widen what others may do, never makes the practitioner a
     *                              physician; {@code null} is unknown: it never widens what a profile allows (a law
     *                              that asks for one on record counts it as not on record), and reads "unknown" in a
     *                              finding, never "false"
     * @param yearsExperience       years of microneedling experience, or {@code null}
     */
    public Practitioner(Credential credential, Boolean microneedlingTraining, Boolean supervisingPhysician,
                        Integer yearsExperience) {
        this(credential, microneedlingTraining, supervisingPhysician, yearsExperience, null);
    }

    /**
     * Whether a physician supervises this treatment.
     *
     * @return {@code true} only when {@code supervisingPhysician} is {@code true}
     */
    public boolean supervised() {
        return Boolean.TRUE.equals(supervisingPhysician);
    }

    /**
     * Starts an empty builder.
     *
     * @return a builder with every fact unset (unknown)
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts a builder holding this practitioner's facts.
     *
     * @return a builder to change some of them
     */
    public Builder toBuilder() {
        return new Builder().credential(credential).microneedlingTraining(microneedlingTraining)
                .supervisingPhysician(supervisingPhysician).yearsExperience(yearsExperience)
                .generalNursingYears(generalNursingYears);
    }

    /** Builds a {@link Practitioner}; every fact left unset stays unknown. */
    public static final class Builder {
        private Credential credential;
        private Boolean microneedlingTraining;
        private Boolean supervisingPhysician;
        private Integer yearsExperience;
        private Integer generalNursingYears;

        private Builder() {
        }

        /**
         * Sets the practitioner's credential.
         *
         * @param credential the credential (required for an assessment)
         * @return this builder
         */
        public Builder credential(Credential credential) {
            this.credential = credential;
            return this;
        }

        /**
         * Sets whether the practitioner has microneedling-specific training.
         *
         * @param trained {@code true}, {@code false}, or {@code null} for unknown
         * @return this builder
         */
        public Builder microneedlingTraining(Boolean trained) {
            this.microneedlingTraining = trained;
            return this;
        }

        /**
         * Sets whether a physician supervises this treatment.
         *
         * @param supervised {@code true}, {@code false}, or {@code null} for unknown (never widens what a profile allows)
         * @return this builder
         */
        public Builder supervisingPhysician(Boolean supervised) {
            this.supervisingPhysician = supervised;
            return this;
        }

        /**
         * Sets the years of microneedling experience.
         *
         * @param years the years, or {@code null} when not known
         * @return this builder
         */
        public Builder yearsExperience(Integer years) {
            this.yearsExperience = years;
            return this;
        }

        /**
         * Sets the years of full-time general nursing experience (read where a profile asks nurses for it).
         *
         * @param years whole years, or {@code null} for unknown
         * @return this builder
         */
        public Builder generalNursingYears(Integer years) {
            this.generalNursingYears = years;
            return this;
        }

        /**
         * Builds the practitioner.
         *
         * @return the practitioner with the facts set so far
         */
        public Practitioner build() {
            return new Practitioner(credential, microneedlingTraining, supervisingPhysician, yearsExperience,
                    generalNursingYears);
        }
    }
}
