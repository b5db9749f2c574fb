package org.needlesafe;

/** The decision on a case, an area or a finding, from least to most restrictive. */
public enum Decision {
    /** No finding stands in the way. */
    PROCEED,
    /** Go ahead, with the precautions the findings state. */
    PROCEED_WITH_PRECAUTIONS,
    /** Safe today only after the stated change to the plan. */
    MODIFY_PLAN,
    /** Not today; re-assess when the cause is gone. */
    DEFER,
    /** Unsafe with this practitioner, set-up or patient. */
    DO_NOT_PROCEED;

    /**
     * Compares restrictiveness.
     *
     * @param other the decision to compare with
     * @return whether this decision is more restrictive than {@code other}
     */
    public boolean moreRestrictiveThan(Decision other) {
        return compareTo(other) > 0;
    }

    /**
     * The more restrictive of the two.
     *
     * @param other the other decision
     * @return this or {@code other}, whichever is more restrictive
     */
    public Decision or(Decision other) {
        return other.moreRestrictiveThan(this) ? other : this;
    }

    /**
     * Whether the treatment (of an area) could go ahead today, possibly after a change to the plan.
     *
     * @return {@code true} for {@code MODIFY_PLAN} and anything less restrictive
     */
    public boolean treatableToday() {
        return compareTo(MODIFY_PLAN) <= 0;
    }
}
