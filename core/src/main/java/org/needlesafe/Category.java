package org.needlesafe;

/** What kind of concern a finding is. */
public enum Category {
    /** A condition, medicine, allergy or history that speaks against treating (KB C-items). */
    CONTRAINDICATION,
    /** The practitioner's credential, training or scope of practice (KB X-items). */
    CREDENTIAL,
    /** The sterile set-up (KB S-items). */
    STERILITY,
    /** The planned device, areas or depths (KB D-items). */
    PLAN,
    /** A product applied to the skin during or around the treatment. */
    TOPICAL,
    /** A required screening answer is unknown. */
    SCREENING
}
