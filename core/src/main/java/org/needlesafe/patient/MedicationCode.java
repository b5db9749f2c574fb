package org.needlesafe.patient;

/** A medicine or supplement the screening asks about (contract: medication {@code code}). */
public enum MedicationCode {
    ISOTRETINOIN,
    /** Prescribed. */
    ANTICOAGULANT,
    /** Prescribed, aspirin included. */
    ANTIPLATELET,
    /** Self-medicated only: over-the-counter aspirin or NSAIDs, fish oil, vitamin E. */
    NSAID_OR_SUPPLEMENT,
    TOPICAL_RETINOID, IMMUNOSUPPRESSANT, CHEMOTHERAPY, ANTIARRHYTHMIC, PHOTOSENSITIZING
}
