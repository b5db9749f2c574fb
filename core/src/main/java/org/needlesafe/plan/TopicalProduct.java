package org.needlesafe.plan;

/** A product applied before or during needling. */
public enum TopicalProduct {
    /** A hyaluronic acid glide or serum. */
    HYALURONIC_ACID,
    /** Platelet-rich plasma. */
    PRP,
    /** A growth-factor product. */
    GROWTH_FACTORS,
    /** An exosome product. */
    EXOSOMES,
    /** A vitamin C serum. */
    VITAMIN_C_SERUM,
    /** A peptide serum. */
    PEPTIDE_SERUM,
    /** Any other cosmetic product. */
    OTHER_COSMETIC
}
