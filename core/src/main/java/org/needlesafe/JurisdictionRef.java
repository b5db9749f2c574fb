package org.needlesafe;

import java.time.LocalDate;
import org.needlesafe.jurisdiction.JurisdictionProfile;

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

    /**
     * The reference to a profile version.
     *
     * @param profile the version that applied
     * @return its id, version, start, source and last check
     */
    public static JurisdictionRef of(JurisdictionProfile profile) {
        return new JurisdictionRef(profile.id(), profile.version(), profile.validFrom(), profile.source(),
                profile.lastChecked());
    }
}
