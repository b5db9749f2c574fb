package org.needlesafe.patient;

/** Fitzpatrick skin phototype, I (always burns) to VI (never burns). */
public enum FitzpatrickType {
    I, II, III, IV, V, VI;

    /** Types IV to VI carry the higher risk of post-inflammatory hyperpigmentation (KB C-15). */
    public boolean darker() {
        return compareTo(IV) >= 0;
    }
}
