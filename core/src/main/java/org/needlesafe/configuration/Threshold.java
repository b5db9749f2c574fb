package org.needlesafe.configuration;

import java.math.BigDecimal;

/**
 * Every configurable value the rules use: the knowledge base's JUDGEMENT thresholds and the timing windows that
 * come from clinic pages. Each has a default a clinic can override; the key is its name in configuration files and
 * in the assessment's {@code configuration}.
 */
public enum Threshold {
    ISOTRETINOIN_WASHOUT_MONTHS("isotretinoinWashoutMonths", "6", "C-07"),
    RETINOID_GAP_DAYS("retinoidGapDays", "3", "C-18"),
    PEEL_LASER_GAP_DAYS("peelLaserGapDays", "14", "C-18"),
    DEEP_RESURFACING_GAP_MONTHS("deepResurfacingGapMonths", "3", "C-18"),
    NEUROTOXIN_FILLER_GAP_DAYS("neurotoxinFillerGapDays", "14", "C-17"),
    SUN_EXPOSURE_WINDOW_DAYS("sunExposureWindowDays", "14", "C-05"),
    RECENT_SCAR_MONTHS("recentScarMonths", "6", "C-19"),
    RECENT_SURGERY_MONTHS("recentSurgeryMonths", "6", "C-19"),
    RADIOTHERAPY_WINDOW_MONTHS("radiotherapyWindowMonths", "3", "C-10"),
    SUPPLEMENT_PAUSE_DAYS("supplementPauseDays", "7", "C-08"),
    // JUDGEMENT: days after the last dose of a prescribed anticoagulant or antiplatelet during which the prescriber
    // decides (KB C-08: "a cardiology or prescriber decision is needed").
    STOPPED_ANTITHROMBOTIC_DAYS("stoppedAntithromboticDays", "7", "C-08"),
    ANESTHETIC_MAX_AREAS("anestheticMaxAreas", "6", "C-13"),
    ANESTHETIC_MAX_BODY_AREAS("anestheticMaxBodyAreas", "1", "C-13"),
    MINIMUM_SESSION_INTERVAL_DAYS("minimumSessionIntervalDays", "14", "A-02"),
    RECOMMENDED_SESSION_INTERVAL_DAYS("recommendedSessionIntervalDays", "28", "A-02"),
    PERIORBITAL_MAX_DEPTH_MM("periorbitalMaxDepthMm", "0.5", "D-03"),
    // JUDGEMENT: inside the orbital rim, with a device not labelled against it (under-eye charts 0.25-0.3 mm; eyelid
    // epidermis about 0.17-0.18 mm, dermis about 0.58-0.67 mm).
    EYELID_MAX_DEPTH_MM("eyelidMaxDepthMm", "0.25", "D-03"),
    FOREHEAD_NOSE_MAX_DEPTH_MM("foreheadNoseMaxDepthMm", "0.75", "D-03"),
    FACIAL_DEPTH_PHYSICIAN_OVER_MM("facialDepthPhysicianOverMm", "1.5", "D-02"),
    EXPERIENCE_MIN_YEARS("experienceMinYears", "1", "D-06"),
    EXPERIENCE_DEPTH_OVER_MM("experienceDepthOverMm", "1.0", "D-06"),
    DEVICE_AUTHORISED_MIN_AGE_YEARS("deviceAuthorisedMinAgeYears", "22", "D-01"),
    // JUDGEMENT: from this age, pregnancy and breastfeeding are not asked (they cannot reasonably apply); below it
    // they are asked unless the sex parameter for clinical use is male-typical. Never administrative gender.
    PREGNANCY_SCREENING_MAX_AGE_YEARS("pregnancyScreeningMaxAgeYears", "60", "C-09"),
    // JUDGEMENT (KB section 10, Scotland): whether topical PRP counts as a restricted procedure where a law restricts
    // injecting through microneedles and leaves topical use undefined. 1 = yes, 0 = no.
    TOPICAL_PRP_RESTRICTED("topicalPrpRestricted", "1", "D-04", true),
    CLEARANCE_VALID_DAYS("clearanceValidDays", "90", "contract"),
    // The manufacturer's downtime table (drpen.net, KB D-02): the deepest planned area sets the expected redness.
    DOWNTIME_SHALLOW_MAX_MM("downtimeShallowMaxMm", "0.5", "D-02"),
    DOWNTIME_MODERATE_MAX_MM("downtimeModerateMaxMm", "1.5", "D-02"),
    // Aftercare windows from clinic pages (KB A-01): configurable defaults, each the stated position in a range.
    AFTERCARE_NO_MAKEUP_DAYS("aftercareNoMakeupDays", "1", "A-01"),
    AFTERCARE_SUN_AVOIDANCE_DAYS("aftercareSunAvoidanceDays", "7", "A-01"),
    AFTERCARE_SUNSCREEN_DAYS("aftercareSunscreenDays", "14", "A-01"),
    AFTERCARE_SUNSCREEN_PIGMENT_RISK_DAYS("aftercareSunscreenPigmentRiskDays", "28", "A-01"),
    AFTERCARE_ACTIVES_PAUSE_DAYS("aftercareActivesPauseDays", "7", "A-01"),
    AFTERCARE_PRESCRIBED_RETINOID_PAUSE_DAYS("aftercarePrescribedRetinoidPauseDays", "10", "A-01"),
    AFTERCARE_NO_EXERCISE_DAYS("aftercareNoExerciseDays", "3", "A-01"),
    AFTERCARE_NO_ALCOHOL_TONER_DAYS("aftercareNoAlcoholTonerDays", "14", "A-01"),
    AFTERCARE_RED_FLAG_DAYS("aftercareRedFlagDays", "28", "A-01");

    private final String key;
    private final BigDecimal defaultValue;
    private final String kb;
    private final boolean yesNo;

    Threshold(String key, String defaultValue, String kb) {
        this(key, defaultValue, kb, false);
    }

    Threshold(String key, String defaultValue, String kb, boolean yesNo) {
        this.key = key;
        this.defaultValue = new BigDecimal(defaultValue);
        this.kb = kb;
        this.yesNo = yesNo;
    }

    /** The name in configuration files and in the assessment, e.g. {@code periorbitalMaxDepthMm}. */
    public String key() {
        return key;
    }

    public BigDecimal defaultValue() {
        return defaultValue;
    }

    /** The knowledge-base item the value belongs to. */
    public String kb() {
        return kb;
    }

    /** Whether the value is a yes-or-no judgement: 1 for yes, 0 for no. */
    public boolean yesNo() {
        return yesNo;
    }

    /** Whether the value is a whole number of days, months or years (rather than millimetres). */
    public boolean whole() {
        return !key.endsWith("Mm");
    }

    /** The threshold with this key, or {@code null}. */
    public static Threshold byKey(String key) {
        for (Threshold threshold : values()) {
            if (threshold.key.equals(key)) {
                return threshold;
            }
        }
        return null;
    }
}
