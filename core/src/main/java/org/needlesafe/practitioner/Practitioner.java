package org.needlesafe.practitioner;

/**
 * Who will perform the treatment.
 *
 * @param credential            required
 * @param microneedlingTraining microneedling-specific training; {@code null} is unknown
 * @param supervisingPhysician  a physician supervises this treatment; lets a jurisdiction profile widen what others
 *                              may do, never makes the practitioner a physician; {@code null} is unknown, which
 *                              never widens what a profile allows and reads "unknown" in a finding, never "false"
 * @param yearsExperience       years of microneedling experience, or {@code null}
 * @param generalNursingYears   years of full-time general nursing experience, or {@code null} when unknown; read
 *                              where a jurisdiction asks nurses for it (Ahpra 2025)
 */
public record Practitioner(Credential credential, Boolean microneedlingTraining, Boolean supervisingPhysician,
                           Integer yearsExperience, Integer generalNursingYears) {

    /** A practitioner whose general nursing experience is unknown. */
    public Practitioner(Credential credential, Boolean microneedlingTraining, Boolean supervisingPhysician,
                        Integer yearsExperience) {
        this(credential, microneedlingTraining, supervisingPhysician, yearsExperience, null);
    }

    public boolean supervised() {
        return Boolean.TRUE.equals(supervisingPhysician);
    }
}
