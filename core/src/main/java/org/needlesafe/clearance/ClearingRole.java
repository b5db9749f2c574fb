package org.needlesafe.clearance;

/** Who may document a clearance. */
public enum ClearingRole {
    /** The prescriber of the medicine concerned. */
    PRESCRIBER,
    /** A physician. */
    PHYSICIAN,
    /** A dermatologist. */
    DERMATOLOGIST
}
