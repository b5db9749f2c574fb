package org.needlesafe.cdshooks.fhir;

/**
 * A record entry that no table recognised, so no rule saw it: listed on the card for the clinician to review.
 *
 * @param kind  what it is, which also ranks it on the card
 * @param entry the resource type and the entry's text, e.g. {@code MedicationRequest: lisinopril 10 MG Oral Tablet}
 */
public record NotChecked(Kind kind, String entry) {

    /** In the order the card lists them: what may matter today first. */
    public enum Kind {
        /** An active, on-hold or unknown-status medication: it may be taken today. */
        ACTIVE_MEDICATION,
        /** An active (or status-less) condition. */
        ACTIVE_CONDITION,
        /** A procedure done within the recent-procedure window. */
        RECENT_PROCEDURE,
        /** An active allergy or intolerance. */
        ALLERGY,
        /** Stopped medications, inactive conditions, older procedures: counted, not listed. */
        OLDER;

        // The card's heading for each kind is in the Cards catalogue, per language.

        /** Whether an entry of this kind may bear on today's treatment, so the card cannot say "no concern". */
        public boolean current() {
            return this == ACTIVE_MEDICATION || this == ACTIVE_CONDITION;
        }
    }
}
