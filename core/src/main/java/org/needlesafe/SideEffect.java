package org.needlesafe;

/**
 * An expected side effect of the treatment as planned.
 *
 * @param code            stable code, e.g. {@code ERYTHEMA_OEDEMA}
 * @param typicalDuration e.g. "1-3 days"
 * @param summary         plain words for the patient
 */
public record SideEffect(String code, String typicalDuration, String summary) {
}
