package org.needlesafe.plan;

/** What the treatment is for. */
public enum Indication {
    /** Acne scars. */
    ACNE_SCARS,
    /** Surgical scars. */
    SURGICAL_SCARS,
    /** Fine lines and wrinkles. */
    FINE_LINES_WRINKLES,
    /** Skin texture. */
    TEXTURE,
    /** Hyperpigmentation. */
    HYPERPIGMENTATION,
    /** Stretch marks. */
    STRETCH_MARKS,
    /** Hair loss. */
    HAIR_LOSS,
    /** Anything else. */
    OTHER
}
