package org.needlesafe;

/** Who a finding refers the patient or the plan to. */
public enum Referral {
    /** A dermatologist. */
    DERMATOLOGIST,
    /** A physician. */
    PHYSICIAN,
    /** Whoever prescribed the medicine concerned: never stop a prescribed medicine without them. */
    PRESCRIBER,
    /** A practitioner whose credential and jurisdiction allow the planned treatment. */
    QUALIFIED_PRACTITIONER
}
