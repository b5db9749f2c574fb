package org.needlesafe.jurisdiction;

import java.time.LocalDate;
import java.util.List;

/**
 * One jurisdiction's profile over time: its versions in date order, none overlapping another (checked when the
 * profile is read). The assessment date picks the version.
 *
 * @param id       e.g. {@code GB-SCT}
 * @param name     e.g. {@code Scotland, United Kingdom}
 * @param versions in date order; versions whose start is not yet set come last
 */
public record Jurisdiction(String id, String name, List<JurisdictionProfile> versions) {

    /**
     * Copies the versions, so the record cannot change.
     *
     * @param id       e.g. {@code GB-SCT}
     * @param name     e.g. {@code Scotland, United Kingdom}
     * @param versions in date order; versions whose start is not yet set come last
     */
    public Jurisdiction {
        versions = List.copyOf(versions);
    }

    /**
     * The version that applies on the day.
     *
     * @param day the day
     * @return the version, or {@code null} when none does
     */
    public JurisdictionProfile versionOn(LocalDate day) {
        for (int i = versions.size() - 1; i >= 0; i--) {
            if (versions.get(i).appliesOn(day)) {
                return versions.get(i);
            }
        }
        return null;
    }

    /**
     * The versions and the days they apply, for a message.
     *
     * @return e.g. {@code 2026-11 from 1900-01-01 until 2025-12-31, ...}
     */
    public String spans() {
        StringBuilder text = new StringBuilder();
        for (JurisdictionProfile version : versions) {
            if (!text.isEmpty()) {
                text.append(", ");
            }
            text.append(version.version()).append(' ').append(span(version));
        }
        return text.toString();
    }

    /**
     * When one version applies.
     *
     * @param version the version
     * @return e.g. {@code from 2026-01-01}, {@code from 2024-01-01 until 2025-12-31}
     */
    public static String span(JurisdictionProfile version) {
        if (version.validFrom() == null) {
            return "from a start not yet set";
        }
        return "from " + version.validFrom() + (version.validUntil() == null ? "" : " until " + version.validUntil());
    }
}
