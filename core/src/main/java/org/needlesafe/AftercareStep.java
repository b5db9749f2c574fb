package org.needlesafe;

/**
 * One aftercare instruction; day 0 is the treatment day.
 *
 * @param code        stable code, e.g. {@code NO_MAKEUP}
 * @param fromDay     first day it applies
 * @param untilDay    last day it applies
 * @param instruction plain words for the patient
 */
public record AftercareStep(String code, int fromDay, int untilDay, String instruction) {
}
