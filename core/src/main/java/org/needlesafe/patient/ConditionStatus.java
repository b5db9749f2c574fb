package org.needlesafe.patient;

/** How present a condition is today. */
public enum ConditionStatus {
    /** Present, in flare, or uncontrolled. */
    ACTIVE,
    /** Present but quiescent or controlled. */
    CONTROLLED,
    /** Past. */
    HISTORY
}
