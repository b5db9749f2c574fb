package org.needlesafe.patient;

/** A medicine or supplement the screening asks about (contract: medication {@code code}). */
public enum MedicationCode {
    /** Oral isotretinoin (for acne). */
    ISOTRETINOIN,
    /** Prescribed. */
    ANTICOAGULANT,
    /** Prescribed, aspirin included. */
    ANTIPLATELET,
    /** Self-medicated only: over-the-counter aspirin or NSAIDs, fish oil, vitamin E. */
    NSAID_OR_SUPPLEMENT,
    /** A retinoid applied to the skin (tretinoin, adapalene, retinol). */
    TOPICAL_RETINOID,
    /** An immunosuppressant medicine. */
    IMMUNOSUPPRESSANT,
    /** Chemotherapy. */
    CHEMOTHERAPY,
    /** An antiarrhythmic medicine. */
    ANTIARRHYTHMIC,
    /** A medicine that makes the skin more sensitive to light. */
    PHOTOSENSITIZING
}
