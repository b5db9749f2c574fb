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
 */
public record Practitioner(Credential credential, Boolean microneedlingTraining, Boolean supervisingPhysician,
                           Integer yearsExperience) {

    public boolean supervised() {
        return Boolean.TRUE.equals(supervisingPhysician);
    }
}
