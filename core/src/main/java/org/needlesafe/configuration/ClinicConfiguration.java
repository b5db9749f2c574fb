package org.needlesafe.configuration;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.needlesafe.internal.KeyValueFile;
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

    /**
     * The knowledge base's defaults.
     *
     * @return the configuration with every {@link Threshold} at its default
     */
    public static ClinicConfiguration defaults() {
        return DEFAULTS;
    }

    /**
     * Starts from the defaults.
     *
     * @return a builder with no value overridden yet
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads overrides from a {@code key = value} file ({@code periorbitalMaxDepthMm = 0.3}); unknown keys and bad
     * values fail with the file, the line and the key named.
     *
     * @param file the configuration file
     * @return the defaults with the file's overrides
     * @throws IllegalArgumentException when the file cannot be read, or a key or value in it is wrong
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

    /**
     * The clinic's value of a threshold.
     *
     * @param threshold the threshold
     * @return its value: the clinic's override, or the default
     */
    public BigDecimal value(Threshold threshold) {
        return values.get(threshold);
    }

    /**
     * Every value by its key, in a stable order: what the assessment reports as its configuration.
     *
     * @return an unmodifiable map from {@link Threshold#key()} to value, in {@link Threshold} order
     */
    public Map<String, BigDecimal> asMap() {
        return asMap;
    }

    // Typed accessors, so a rule reads like the knowledge-base item it implements.
    /** {@return the value of {@link Threshold#ISOTRETINOIN_WASHOUT_MONTHS}, in months} */
    public int isotretinoinWashoutMonths() { return whole(Threshold.ISOTRETINOIN_WASHOUT_MONTHS); }
    /** {@return the value of {@link Threshold#RETINOID_GAP_DAYS}, in days} */
    public int retinoidGapDays() { return whole(Threshold.RETINOID_GAP_DAYS); }
    /** {@return the value of {@link Threshold#PEEL_LASER_GAP_DAYS}, in days} */
    public int peelLaserGapDays() { return whole(Threshold.PEEL_LASER_GAP_DAYS); }
    /** {@return the value of {@link Threshold#DEEP_RESURFACING_GAP_MONTHS}, in months} */
    public int deepResurfacingGapMonths() { return whole(Threshold.DEEP_RESURFACING_GAP_MONTHS); }
    /** {@return the value of {@link Threshold#NEUROTOXIN_FILLER_GAP_DAYS}, in days} */
    public int neurotoxinFillerGapDays() { return whole(Threshold.NEUROTOXIN_FILLER_GAP_DAYS); }
    /** {@return the value of {@link Threshold#SUN_EXPOSURE_WINDOW_DAYS}, in days} */
    public int sunExposureWindowDays() { return whole(Threshold.SUN_EXPOSURE_WINDOW_DAYS); }
    /** {@return the value of {@link Threshold#RECENT_SCAR_MONTHS}, in months} */
    public int recentScarMonths() { return whole(Threshold.RECENT_SCAR_MONTHS); }
    /** {@return the value of {@link Threshold#RECENT_SURGERY_MONTHS}, in months} */
    public int recentSurgeryMonths() { return whole(Threshold.RECENT_SURGERY_MONTHS); }
    /** {@return the value of {@link Threshold#RADIOTHERAPY_WINDOW_MONTHS}, in months} */
    public int radiotherapyWindowMonths() { return whole(Threshold.RADIOTHERAPY_WINDOW_MONTHS); }
    /** {@return the value of {@link Threshold#SUPPLEMENT_PAUSE_DAYS}, in days} */
    public int supplementPauseDays() { return whole(Threshold.SUPPLEMENT_PAUSE_DAYS); }
    /** {@return the value of {@link Threshold#STOPPED_ANTITHROMBOTIC_DAYS}, in days} */
    public int stoppedAntithromboticDays() { return whole(Threshold.STOPPED_ANTITHROMBOTIC_DAYS); }
    /** {@return the value of {@link Threshold#ANESTHETIC_MAX_AREAS}, in areas} */
    public int anestheticMaxAreas() { return whole(Threshold.ANESTHETIC_MAX_AREAS); }
    /** {@return the value of {@link Threshold#ANESTHETIC_MAX_BODY_AREAS}, in areas} */
    public int anestheticMaxBodyAreas() { return whole(Threshold.ANESTHETIC_MAX_BODY_AREAS); }
    /** {@return the value of {@link Threshold#MINIMUM_SESSION_INTERVAL_DAYS}, in days} */
    public int minimumSessionIntervalDays() { return whole(Threshold.MINIMUM_SESSION_INTERVAL_DAYS); }
    /** {@return the value of {@link Threshold#RECOMMENDED_SESSION_INTERVAL_DAYS}, in days} */
    public int recommendedSessionIntervalDays() { return whole(Threshold.RECOMMENDED_SESSION_INTERVAL_DAYS); }
    /** {@return the value of {@link Threshold#PERIORBITAL_MAX_DEPTH_MM}, in millimetres} */
    public BigDecimal periorbitalMaxDepthMm() { return value(Threshold.PERIORBITAL_MAX_DEPTH_MM); }
    /** {@return the value of {@link Threshold#EYELID_MAX_DEPTH_MM}, in millimetres} */
    public BigDecimal eyelidMaxDepthMm() { return value(Threshold.EYELID_MAX_DEPTH_MM); }
    /** {@return the value of {@link Threshold#FOREHEAD_NOSE_MAX_DEPTH_MM}, in millimetres} */
    public BigDecimal foreheadNoseMaxDepthMm() { return value(Threshold.FOREHEAD_NOSE_MAX_DEPTH_MM); }
    /** {@return the value of {@link Threshold#FACIAL_DEPTH_PHYSICIAN_OVER_MM}, in millimetres} */
    public BigDecimal facialDepthPhysicianOverMm() { return value(Threshold.FACIAL_DEPTH_PHYSICIAN_OVER_MM); }
    /** {@return the value of {@link Threshold#EXPERIENCE_MIN_YEARS}, in years} */
    public int experienceMinYears() { return whole(Threshold.EXPERIENCE_MIN_YEARS); }
    /** {@return the value of {@link Threshold#EXPERIENCE_DEPTH_OVER_MM}, in millimetres} */
    public BigDecimal experienceDepthOverMm() { return value(Threshold.EXPERIENCE_DEPTH_OVER_MM); }
    /** {@return the value of {@link Threshold#DEVICE_AUTHORISED_MIN_AGE_YEARS}, in years} */
    public int deviceAuthorisedMinAgeYears() { return whole(Threshold.DEVICE_AUTHORISED_MIN_AGE_YEARS); }
    /** {@return the value of {@link Threshold#PREGNANCY_SCREENING_MAX_AGE_YEARS}, in years} */
    public int pregnancyScreeningMaxAgeYears() { return whole(Threshold.PREGNANCY_SCREENING_MAX_AGE_YEARS); }
    /** {@return whether {@link Threshold#TOPICAL_PRP_RESTRICTED} is yes} */
    public boolean topicalPrpRestricted() { return whole(Threshold.TOPICAL_PRP_RESTRICTED) == 1; }
    /** {@return the value of {@link Threshold#CLEARANCE_VALID_DAYS}, in days} */
    public int clearanceValidDays() { return whole(Threshold.CLEARANCE_VALID_DAYS); }
    /** {@return the value of {@link Threshold#DOWNTIME_SHALLOW_MAX_MM}, in millimetres} */
    public BigDecimal downtimeShallowMaxMm() { return value(Threshold.DOWNTIME_SHALLOW_MAX_MM); }
    /** {@return the value of {@link Threshold#DOWNTIME_MODERATE_MAX_MM}, in millimetres} */
    public BigDecimal downtimeModerateMaxMm() { return value(Threshold.DOWNTIME_MODERATE_MAX_MM); }
    /** {@return the value of {@link Threshold#AFTERCARE_NO_MAKEUP_DAYS}, in days} */
    public int aftercareNoMakeupDays() { return whole(Threshold.AFTERCARE_NO_MAKEUP_DAYS); }
    /** {@return the value of {@link Threshold#AFTERCARE_SUN_AVOIDANCE_DAYS}, in days} */
    public int aftercareSunAvoidanceDays() { return whole(Threshold.AFTERCARE_SUN_AVOIDANCE_DAYS); }
    /** {@return the value of {@link Threshold#AFTERCARE_SUNSCREEN_DAYS}, in days} */
    public int aftercareSunscreenDays() { return whole(Threshold.AFTERCARE_SUNSCREEN_DAYS); }
    /** {@return the value of {@link Threshold#AFTERCARE_SUNSCREEN_PIGMENT_RISK_DAYS}, in days} */
    public int aftercareSunscreenPigmentRiskDays() { return whole(Threshold.AFTERCARE_SUNSCREEN_PIGMENT_RISK_DAYS); }
    /** {@return the value of {@link Threshold#AFTERCARE_ACTIVES_PAUSE_DAYS}, in days} */
    public int aftercareActivesPauseDays() { return whole(Threshold.AFTERCARE_ACTIVES_PAUSE_DAYS); }
    /** {@return the value of {@link Threshold#AFTERCARE_PRESCRIBED_RETINOID_PAUSE_DAYS}, in days} */
    public int aftercarePrescribedRetinoidPauseDays() { return whole(Threshold.AFTERCARE_PRESCRIBED_RETINOID_PAUSE_DAYS); }
    /** {@return the value of {@link Threshold#AFTERCARE_NO_EXERCISE_DAYS}, in days} */
    public int aftercareNoExerciseDays() { return whole(Threshold.AFTERCARE_NO_EXERCISE_DAYS); }
    /** {@return the value of {@link Threshold#AFTERCARE_NO_ALCOHOL_TONER_DAYS}, in days} */
    public int aftercareNoAlcoholTonerDays() { return whole(Threshold.AFTERCARE_NO_ALCOHOL_TONER_DAYS); }
    /** {@return the value of {@link Threshold#AFTERCARE_RED_FLAG_DAYS}, in days} */
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

        /**
         * Overrides one value.
         *
         * @param threshold the threshold
         * @param value     its value: a number {@code >= 0}; whole for days, months and years ({@code <= 100000});
         *                  at most 3.5 for millimetres; 1 or 0 for a yes-or-no value
         * @return this builder
         * @throws IllegalArgumentException naming the key, when the value is not allowed
         */
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

        /**
         * Overrides one value written as text.
         *
         * @param threshold the threshold
         * @param value     its value as a decimal number, e.g. {@code 0.3}
         * @return this builder
         * @throws IllegalArgumentException naming the key, when the text is not a number or the value not allowed
         */
        public Builder set(Threshold threshold, String value) {
            return set(threshold, parse(threshold.key(), value));
        }

        /**
         * Sets a value by its key, as in a configuration file.
         *
         * @param key   the threshold's key, e.g. {@code periorbitalMaxDepthMm}
         * @param value its value as a decimal number
         * @return this builder
         * @throws IllegalArgumentException when the key is unknown (the message lists the known keys) or the value
         *                                  not allowed
         */
        public Builder set(String key, String value) {
            Threshold threshold = Threshold.byKey(key);
            if (threshold == null) {
                throw new IllegalArgumentException(key + ": unknown setting (known: " + knownKeys() + ")");
            }
            return set(threshold, value);
        }

        /**
         * The configuration.
         *
         * @return the defaults with the values set here
         */
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
