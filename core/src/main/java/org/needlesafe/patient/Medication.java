package org.needlesafe.patient;

import java.time.LocalDate;

/**
 * A medication the patient takes or took.
 *
 * @param code          what it is; required
 * @param status        current or stopped; required
 * @param lastTakenDate for a {@code STOPPED} medication, the last dose; {@code null} is unknown and then counts as
 *                      taken on the assessment date
 */
public record Medication(MedicationCode code, MedicationStatus status, LocalDate lastTakenDate) {

    /**
     * A medicine taken now.
     *
     * @param code the medicine
     * @return the medication
     */
    public static Medication current(MedicationCode code) {
        return new Medication(code, MedicationStatus.CURRENT, null);
    }

    /**
     * A medicine no longer taken.
     *
     * @param code          the medicine
     * @param lastTakenDate the last day it was taken, or {@code null} when unknown
     * @return the medication
     */
    public static Medication stopped(MedicationCode code, LocalDate lastTakenDate) {
        return new Medication(code, MedicationStatus.STOPPED, lastTakenDate);
    }
}
