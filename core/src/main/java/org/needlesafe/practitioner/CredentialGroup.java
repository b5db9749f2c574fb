package org.needlesafe.practitioner;

/** The contract's credential groups. Where the knowledge base says "physician" it means {@link #PHYSICIAN}. */
public enum CredentialGroup {
    /** Physicians, dermatologists included. */
    PHYSICIAN,
    /** Physician assistants and nurse practitioners. */
    ADVANCED_PRACTICE,
    /** Registered and licensed practical nurses. */
    NURSE,
    /** Estheticians, cosmetologists and others without a medical licence. */
    NON_MEDICAL
}
