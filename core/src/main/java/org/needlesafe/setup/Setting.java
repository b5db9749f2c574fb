package org.needlesafe.setup;

/** Where the treatment takes place. */
public enum Setting {
    /** A medical clinic. */
    MEDICAL_CLINIC,
    /** Premises licensed for skin-piercing or cosmetic treatments (a salon or spa with the licence). */
    LICENSED_PREMISES,
    /** Premises without such a licence. */
    UNLICENSED_PREMISES,
    /** A home. */
    HOME
}
