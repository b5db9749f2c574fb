package org.needlesafe.configuration;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.needlesafe.plan.PlannedArea;

/**
 * A clinic's values for every {@link Threshold}: the defaults, with whatever the clinic overrode. Immutable.
 */
public final class ClinicConfiguration {
    private static final ClinicConfiguration DEFAULTS = new ClinicConfiguration(new EnumMap<>(Threshold.class));

    private final EnumMap<Threshold, BigDecimal> values;
    private final Map<String, BigDecimal> asMap;

    private ClinicConfiguration(EnumMap<Threshold, BigDecimal> overrides) {
        this.values = new EnumMap<>(Threshold.class);
        Map<String, BigDecimal> map = new LinkedHashMap<>();
        for (Threshold threshold : Threshold.values()) {
            BigDecimal value = overrides.getOrDefault(threshold, threshold.defaultValue());
            values.put(threshold, value);
            map.put(threshold.key(), value);
        }
        this.asMap = Collections.unmodifiableMap(map);
    }

    /** The knowledge base's defaults. */
    public static ClinicConfiguration defaults() {
        return DEFAULTS;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads overrides from a {@code key = value} file ({@code periorbitalMaxDepthMm = 0.3}); unknown keys and bad
     * values fail with the file, the line and the key named.
     */
    public static ClinicConfiguration fromFile(Path file) {
        KeyValueFile values = KeyValueFile.read(file);
        Builder builder = builder();
        List<String> problems = new ArrayList<>();
        for (KeyValueFile.Entry entry : values.entries()) {
            try {
                builder.set(entry.key(), entry.value());
            } catch (IllegalArgumentException e) {
                problems.add(values.name() + ":" + entry.line() + ": " + e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("\n", problems));
        }
        return builder.build();
    }

    public BigDecimal value(Threshold threshold) {
        return values.get(threshold);
    }

    /** Every value by its key, in a stable order: what the assessment reports as its configuration. */
    public Map<String, BigDecimal> asMap() {
        return asMap;
    }

    // Typed accessors, so a rule reads like the knowledge-base item it implements.
    public int isotretinoinWashoutMonths() { return whole(Threshold.ISOTRETINOIN_WASHOUT_MONTHS); }
    public int retinoidGapDays() { return whole(Threshold.RETINOID_GAP_DAYS); }
    public int peelLaserGapDays() { return whole(Threshold.PEEL_LASER_GAP_DAYS); }
    public int deepResurfacingGapMonths() { return whole(Threshold.DEEP_RESURFACING_GAP_MONTHS); }
    public int neurotoxinFillerGapDays() { return whole(Threshold.NEUROTOXIN_FILLER_GAP_DAYS); }
    public int sunExposureWindowDays() { return whole(Threshold.SUN_EXPOSURE_WINDOW_DAYS); }
    public int recentScarMonths() { return whole(Threshold.RECENT_SCAR_MONTHS); }
    public int recentSurgeryMonths() { return whole(Threshold.RECENT_SURGERY_MONTHS); }
    public int radiotherapyWindowMonths() { return whole(Threshold.RADIOTHERAPY_WINDOW_MONTHS); }
    public int supplementPauseDays() { return whole(Threshold.SUPPLEMENT_PAUSE_DAYS); }
    public int stoppedAntithromboticDays() { return whole(Threshold.STOPPED_ANTITHROMBOTIC_DAYS); }
    public int anestheticMaxAreas() { return whole(Threshold.ANESTHETIC_MAX_AREAS); }
    public int anestheticMaxBodyAreas() { return whole(Threshold.ANESTHETIC_MAX_BODY_AREAS); }
    public int minimumSessionIntervalDays() { return whole(Threshold.MINIMUM_SESSION_INTERVAL_DAYS); }
    public int recommendedSessionIntervalDays() { return whole(Threshold.RECOMMENDED_SESSION_INTERVAL_DAYS); }
    public BigDecimal periorbitalMaxDepthMm() { return value(Threshold.PERIORBITAL_MAX_DEPTH_MM); }
    public BigDecimal eyelidMaxDepthMm() { return value(Threshold.EYELID_MAX_DEPTH_MM); }
    public BigDecimal foreheadNoseMaxDepthMm() { return value(Threshold.FOREHEAD_NOSE_MAX_DEPTH_MM); }
    public BigDecimal facialDepthPhysicianOverMm() { return value(Threshold.FACIAL_DEPTH_PHYSICIAN_OVER_MM); }
    public int experienceMinYears() { return whole(Threshold.EXPERIENCE_MIN_YEARS); }
    public BigDecimal experienceDepthOverMm() { return value(Threshold.EXPERIENCE_DEPTH_OVER_MM); }
    public int deviceAuthorisedMinAgeYears() { return whole(Threshold.DEVICE_AUTHORISED_MIN_AGE_YEARS); }
    public int pregnancyScreeningMaxAgeYears() { return whole(Threshold.PREGNANCY_SCREENING_MAX_AGE_YEARS); }
    public boolean topicalPrpRestricted() { return whole(Threshold.TOPICAL_PRP_RESTRICTED) == 1; }
    public int clearanceValidDays() { return whole(Threshold.CLEARANCE_VALID_DAYS); }
    public BigDecimal downtimeShallowMaxMm() { return value(Threshold.DOWNTIME_SHALLOW_MAX_MM); }
    public BigDecimal downtimeModerateMaxMm() { return value(Threshold.DOWNTIME_MODERATE_MAX_MM); }
    public int aftercareNoMakeupDays() { return whole(Threshold.AFTERCARE_NO_MAKEUP_DAYS); }
    public int aftercareSunAvoidanceDays() { return whole(Threshold.AFTERCARE_SUN_AVOIDANCE_DAYS); }
    public int aftercareSunscreenDays() { return whole(Threshold.AFTERCARE_SUNSCREEN_DAYS); }
    public int aftercareSunscreenPigmentRiskDays() { return whole(Threshold.AFTERCARE_SUNSCREEN_PIGMENT_RISK_DAYS); }
    public int aftercareActivesPauseDays() { return whole(Threshold.AFTERCARE_ACTIVES_PAUSE_DAYS); }
    public int aftercarePrescribedRetinoidPauseDays() { return whole(Threshold.AFTERCARE_PRESCRIBED_RETINOID_PAUSE_DAYS); }
    public int aftercareNoExerciseDays() { return whole(Threshold.AFTERCARE_NO_EXERCISE_DAYS); }
    public int aftercareNoAlcoholTonerDays() { return whole(Threshold.AFTERCARE_NO_ALCOHOL_TONER_DAYS); }
    public int aftercareRedFlagDays() { return whole(Threshold.AFTERCARE_RED_FLAG_DAYS); }

    private int whole(Threshold threshold) {
        return values.get(threshold).intValueExact();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ClinicConfiguration that && values.equals(that.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return "ClinicConfiguration" + asMap;
    }

    /** Overrides defaults one value at a time; each value is checked as it is set. */
    public static final class Builder {
        private final EnumMap<Threshold, BigDecimal> overrides = new EnumMap<>(Threshold.class);

        private Builder() {
        }

        public Builder set(Threshold threshold, BigDecimal value) {
            if (value == null || value.signum() < 0) {
                throw new IllegalArgumentException(threshold.key() + ": must be a number >= 0, was " + value);
            }
            if (threshold.whole() && value.stripTrailingZeros().scale() > 0) {
                throw new IllegalArgumentException(threshold.key() + ": must be a whole number, was " + value);
            }
            if (threshold.yesNo() && value.compareTo(BigDecimal.ONE) > 0) {
                throw new IllegalArgumentException(threshold.key() + ": must be 1 (yes) or 0 (no), was " + value);
            }
            if (threshold.whole() && value.compareTo(BigDecimal.valueOf(100_000)) > 0) {
                throw new IllegalArgumentException(threshold.key() + ": must be <= 100000, was " + value);
            }
            if (!threshold.whole() && value.compareTo(PlannedArea.MAX_DEPTH_MM) > 0) {
                throw new IllegalArgumentException(threshold.key() + ": must be <= " + PlannedArea.MAX_DEPTH_MM + " mm, was " + value);
            }
            overrides.put(threshold, value);
            return this;
        }

        public Builder set(Threshold threshold, String value) {
            return set(threshold, parse(threshold.key(), value));
        }

        /** Sets a value by its key, as in a configuration file. */
        public Builder set(String key, String value) {
            Threshold threshold = Threshold.byKey(key);
            if (threshold == null) {
                throw new IllegalArgumentException(key + ": unknown setting (known: " + knownKeys() + ")");
            }
            return set(threshold, value);
        }

        public ClinicConfiguration build() {
            return overrides.isEmpty() ? DEFAULTS : new ClinicConfiguration(overrides);
        }

        private static BigDecimal parse(String key, String value) {
            try {
                return new BigDecimal(value);
            } catch (NumberFormatException | NullPointerException e) {
                throw new IllegalArgumentException(key + ": must be a number, was '" + value + "'");
            }
        }

        private static String knownKeys() {
            List<String> keys = new ArrayList<>();
            for (Threshold threshold : Threshold.values()) {
                keys.add(threshold.key());
            }
            return String.join(", ", keys);
        }
    }
}
