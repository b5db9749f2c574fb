package org.needlesafe.patient;

/** Whether the patient still takes a medication. */
public enum MedicationStatus {
    /** Taken now. */
    CURRENT,
    /** No longer taken; the stop date says since when. */
    STOPPED
}
