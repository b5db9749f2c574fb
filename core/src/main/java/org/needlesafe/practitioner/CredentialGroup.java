package org.needlesafe.practitioner;

/** The contract's credential groups. Where the knowledge base says "physician" it means {@link #PHYSICIAN}. */
public enum CredentialGroup { PHYSICIAN, ADVANCED_PRACTICE, NURSE, NON_MEDICAL }
