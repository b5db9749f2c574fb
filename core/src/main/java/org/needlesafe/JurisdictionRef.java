package org.needlesafe;

/**
 * The jurisdiction profile an assessment used.
 *
 * @param id      e.g. {@code US-UT}
 * @param version the profile's version, e.g. {@code 2026-11}
 */
public record JurisdictionRef(String id, String version) {
}
