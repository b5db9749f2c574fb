package org.needlesafe.jurisdiction;

import java.math.BigDecimal;
import java.util.Set;
import org.needlesafe.setup.Setting;

/**
 * Microneedling a law allows only on permitted premises (Scotland's Non-surgical Procedures Act 2026, Schedule 1: RF
 * microneedling at any depth and other microneedling at 1.5 mm or deeper).
 *
 * @param fromDepthMm needling this deep or deeper is restricted
 * @param rf          RF microneedling is restricted at any depth
 * @param settings    the settings read as permitted premises
 */
public record RestrictedProcedures(BigDecimal fromDepthMm, boolean rf, Set<Setting> settings) {

    /**
     * Copies the settings, so the record cannot change.
     *
     * @param fromDepthMm needling this deep or deeper is restricted
     * @param rf          RF microneedling is restricted at any depth
     * @param settings    the settings read as permitted premises
     */
    public RestrictedProcedures {
        settings = Set.copyOf(settings);
    }

    /**
     * Whether a restricted procedure may be done in this setting; an unknown setting counts as not permitted.
     *
     * @param setting the setting, or {@code null} when unknown
     * @return {@code true} when it is one of the permitted premises
     */
    public boolean permittedIn(Setting setting) {
        return setting != null && settings.contains(setting);
    }

    /**
     * The permitted settings in code order, for a finding's words.
     *
     * @return the setting codes, comma-separated
     */
    public String settingNames() {
        return String.join(", ", settings.stream().sorted().map(Enum::name).toList());
    }
}
