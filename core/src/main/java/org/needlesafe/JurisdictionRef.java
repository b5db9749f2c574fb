package org.needlesafe;

import java.time.LocalDate;

/**
 * The version of the jurisdiction profile an assessment used: the one that applies on its assessment date.
 *
 * @param id          e.g. {@code US-UT}
 * @param version     the version's label, e.g. {@code 2026-12}
 * @param validFrom   the first day the version applies
 * @param source      the version's legal source
 * @param lastChecked the day that source was last checked against current law
 */
public record JurisdictionRef(String id, String version, LocalDate validFrom, String source, LocalDate lastChecked) {
}
