package org.needlesafe.text;

/** How far a language's texts have been checked by a clinician who reads it natively. */
public enum ReviewStatus {
    /** The language the rules are written in. */
    SOURCE,
    /** Translated, not yet reviewed by a native-speaking clinician: every output in it says so. */
    DRAFTED,
    /** Reviewed by a native-speaking clinician. */
    REVIEWED;

    /**
     * Whether a clinician has read the texts in this language as the source says them.
     *
     * @return {@code false} only for {@link #DRAFTED}
     */
    public boolean clinicallyReviewed() {
        return this != DRAFTED;
    }
}
