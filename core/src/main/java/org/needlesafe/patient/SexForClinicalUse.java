package org.needlesafe.patient;

/**
 * The sex parameter for clinical use (HL7 Gender Harmony, SPCU): the clinical observations and the context that
 * make a sex-specific question apply, not the administrative gender. {@code null} on the patient means unknown.
 */
public enum SexForClinicalUse {
    /** Apply clinical criteria for female-typical physiology: pregnancy and breastfeeding can apply. */
    FEMALE_TYPICAL,
    /** Apply clinical criteria for male-typical physiology: pregnancy and breastfeeding do not apply. */
    MALE_TYPICAL,
    /** The clinical criteria are specified elsewhere: nothing is ruled out. */
    SPECIFIED
}
