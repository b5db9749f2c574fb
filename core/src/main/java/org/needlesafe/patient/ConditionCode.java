package org.needlesafe.patient;

/** A skin or medical condition the screening asks about (contract: condition {@code code}). */
public enum ConditionCode {
    /** Herpes simplex (cold sores). */
    HERPES_SIMPLEX,
    /** Impetigo, a contagious bacterial skin infection. */
    IMPETIGO,
    /** Another bacterial skin infection. */
    BACTERIAL_INFECTION,
    /** A fungal skin infection. */
    FUNGAL_INFECTION,
    /** Warts (viral): needling spreads them. */
    WARTS,
    /** An open wound or broken skin. */
    OPEN_WOUND,
    /** Active inflammatory acne (papules, pustules, nodules). */
    ACNE_INFLAMMATORY,
    /** Eczema (atopic dermatitis). */
    ECZEMA,
    /** Psoriasis. */
    PSORIASIS,
    /** Dermatitis other than eczema, e.g. contact or seborrhoeic dermatitis. */
    DERMATITIS,
    /** Rosacea. */
    ROSACEA,
    /** Sunburn. */
    SUNBURN,
    /** A recent tan from the sun or a sunbed. */
    RECENT_TAN,
    /** A tendency to form keloid scars. */
    KELOID_TENDENCY,
    /** A tendency to form hypertrophic (raised) scars. */
    HYPERTROPHIC_SCARRING,
    /** A scar that has not yet matured. */
    RECENT_SCAR,
    /** A bleeding or clotting disorder. */
    BLEEDING_DISORDER,
    /** Diabetes mellitus: wound healing may be impaired. */
    DIABETES,
    /** Immunosuppression from disease or treatment. */
    IMMUNOSUPPRESSION,
    /** Skin cancer. */
    SKIN_CANCER,
    /** A lesion not yet assessed that could be malignant (a changing mole, an unexplained growth). */
    SUSPICIOUS_LESION,
    /** Actinic (solar) keratosis, a precancerous lesion. */
    ACTINIC_KERATOSIS,
    /** Vitiligo: needling can trigger new patches (Koebner response). */
    VITILIGO,
    /** Lichen planus: needling can trigger new lesions (Koebner response). */
    LICHEN_PLANUS,
    /** A history of post-inflammatory hyperpigmentation. */
    PIH_HISTORY,
    /** Melasma. */
    MELASMA,
    /** A tattoo or permanent make-up in the planned area. */
    TATTOO,
    /** Pseudocholinesterase deficiency (inherited): topical anaesthetics are metabolised less well. */
    PSEUDOCHOLINESTERASE_DEFICIENCY,
    /** Methaemoglobinaemia, now or in the past: topical anaesthetics can cause it. */
    METHEMOGLOBINEMIA,
    /** Liver disease: topical anaesthetics are metabolised less well. */
    HEPATIC_DISEASE,
    /** A positive screen for body dysmorphic disorder. */
    BDD_SCREEN_POSITIVE
}
