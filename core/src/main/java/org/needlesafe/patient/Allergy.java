package org.needlesafe.patient;

/** An allergy the screening asks about. */
public enum Allergy {
    /** Stainless steel or nickel (the needles). */
    STAINLESS_STEEL_OR_NICKEL,
    /** A topical anaesthetic. */
    TOPICAL_ANESTHETIC,
    /** PABA or sulfonamides (ester anaesthetics). */
    PABA_OR_SULFONAMIDE,
    /** Chlorhexidine (the antiseptic). */
    CHLORHEXIDINE
}
