package org.needlesafe.plan;

/** A product applied before or during needling. */
public enum TopicalProduct {
    HYALURONIC_ACID, PRP, GROWTH_FACTORS, EXOSOMES, VITAMIN_C_SERUM, PEPTIDE_SERUM, OTHER_COSMETIC
}
