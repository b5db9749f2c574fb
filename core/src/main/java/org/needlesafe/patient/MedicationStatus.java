package org.needlesafe.patient;

/** Whether the patient still takes a medication. */
public enum MedicationStatus { CURRENT, STOPPED }
