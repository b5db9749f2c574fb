package org.needlesafe.plan;

/** What the treatment is for. */
public enum Indication {
    ACNE_SCARS, SURGICAL_SCARS, FINE_LINES_WRINKLES, TEXTURE, HYPERPIGMENTATION, STRETCH_MARKS, HAIR_LOSS, OTHER
}
