package org.needlesafe.patient;

/** An allergy the screening asks about. */
public enum Allergy { STAINLESS_STEEL_OR_NICKEL, TOPICAL_ANESTHETIC, PABA_OR_SULFONAMIDE, CHLORHEXIDINE }
