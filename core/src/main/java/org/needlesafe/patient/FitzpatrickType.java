package org.needlesafe.patient;

/** Fitzpatrick skin phototype, I (always burns) to VI (never burns). */
public enum FitzpatrickType {
    /** Always burns, never tans. */
    I,
    /** Usually burns, tans minimally. */
    II,
    /** Sometimes burns, tans uniformly. */
    III,
    /** Burns minimally, always tans. */
    IV,
    /** Very rarely burns, tans very easily. */
    V,
    /** Never burns. */
    VI;

    /**
     * Types IV to VI carry the higher risk of post-inflammatory hyperpigmentation (KB C-15).
     *
     * @return whether this is type IV, V or VI
     */
    public boolean darker() {
        return compareTo(IV) >= 0;
    }
}
