package org.needlesafe.configuration;

import java.math.BigDecimal;

/**
 * Every configurable value the rules use: the knowledge base's JUDGEMENT thresholds and the timing windows that
 * come from clinic pages. Each has a default a clinic can override; the key is its name in configuration files and
 * in the assessment's {@code configuration}.
 */
public enum Threshold {
    /** Months after the last dose of oral isotretinoin before the skin may be needled. */
    ISOTRETINOIN_WASHOUT_MONTHS("isotretinoinWashoutMonths", "6", "C-07"),
    /** Days without a topical retinoid on the skin before needling. */
    RETINOID_GAP_DAYS("retinoidGapDays", "3", "C-18"),
    /** Days after a chemical peel, laser or IPL treatment before needling. */
    PEEL_LASER_GAP_DAYS("peelLaserGapDays", "14", "C-18"),
    /** Months after a deep peel or other deep resurfacing before needling. */
    DEEP_RESURFACING_GAP_MONTHS("deepResurfacingGapMonths", "3", "C-18"),
    /** Days after a neurotoxin or filler injection before the injected areas are needled. */
    NEUROTOXIN_FILLER_GAP_DAYS("neurotoxinFillerGapDays", "14", "C-17"),
    /** Days after a sunburn or a recent tan before the affected areas are needled. */
    SUN_EXPOSURE_WINDOW_DAYS("sunExposureWindowDays", "14", "C-05"),
    /** Months a scar must have matured before it is needled. */
    RECENT_SCAR_MONTHS("recentScarMonths", "6", "C-19"),
    /** Months after surgery before needling. */
    RECENT_SURGERY_MONTHS("recentSurgeryMonths", "6", "C-19"),
    /** Months after radiotherapy during which treatment waits for medical clearance. */
    RADIOTHERAPY_WINDOW_MONTHS("radiotherapyWindowMonths", "3", "C-10"),
    /** Days without a self-medicated NSAID or blood-thinning supplement before needling. */
    SUPPLEMENT_PAUSE_DAYS("supplementPauseDays", "7", "C-08"),
    // JUDGEMENT: days after the last dose of a prescribed anticoagulant or antiplatelet during which the prescriber
    // decides (KB C-08: "a cardiology or prescriber decision is needed").
    /** Days after the last dose of a prescribed anticoagulant or antiplatelet during which the prescriber decides. */
    STOPPED_ANTITHROMBOTIC_DAYS("stoppedAntithromboticDays", "7", "C-08"),
    /** Most planned areas numbed with topical anaesthetic at once (the whole face is six). */
    ANESTHETIC_MAX_AREAS("anestheticMaxAreas", "6", "C-13"),
    /** Most areas off the face numbed with topical anaesthetic at once. */
    ANESTHETIC_MAX_BODY_AREAS("anestheticMaxBodyAreas", "1", "C-13"),
    /** Fewest days between two microneedling sessions: a shorter interval defers. */
    MINIMUM_SESSION_INTERVAL_DAYS("minimumSessionIntervalDays", "14", "A-02"),
    /** Recommended days between sessions: a shorter interval calls for a precaution. */
    RECOMMENDED_SESSION_INTERVAL_DAYS("recommendedSessionIntervalDays", "28", "A-02"),
    /** Deepest needle depth in the periorbital area (around the eye), in millimetres. */
    PERIORBITAL_MAX_DEPTH_MM("periorbitalMaxDepthMm", "0.5", "D-03"),
    // JUDGEMENT: inside the orbital rim, with a device not labelled against it (under-eye charts 0.25-0.3 mm; eyelid
    // epidermis about 0.17-0.18 mm, dermis about 0.58-0.67 mm).
    /** Deepest needle depth on the eyelid, inside the orbital rim, in millimetres. */
    EYELID_MAX_DEPTH_MM("eyelidMaxDepthMm", "0.25", "D-03"),
    /** Deepest needle depth on the forehead and nose, where the skin lies thin over bone, in millimetres. */
    FOREHEAD_NOSE_MAX_DEPTH_MM("foreheadNoseMaxDepthMm", "0.75", "D-03"),
    /** Facial needling deeper than this, in millimetres, is for a physician. */
    FACIAL_DEPTH_PHYSICIAN_OVER_MM("facialDepthPhysicianOverMm", "1.5", "D-02"),
    /** Years of microneedling experience below which deep needling is reviewed by a senior practitioner. */
    EXPERIENCE_MIN_YEARS("experienceMinYears", "1", "D-06"),
    /** Depth, in millimetres, beyond which a less experienced practitioner's plan is reviewed. */
    EXPERIENCE_DEPTH_OVER_MM("experienceDepthOverMm", "1.0", "D-06"),
    /** Youngest age in the device's authorised uses; a younger patient is treated off-label. */
    DEVICE_AUTHORISED_MIN_AGE_YEARS("deviceAuthorisedMinAgeYears", "22", "D-01"),
    // JUDGEMENT: from this age, pregnancy and breastfeeding are not asked (they cannot reasonably apply); below it
    // they are asked unless the sex parameter for clinical use is male-typical. Never administrative gender.
    /** Age from which pregnancy and breastfeeding are no longer asked. */
    PREGNANCY_SCREENING_MAX_AGE_YEARS("pregnancyScreeningMaxAgeYears", "60", "C-09"),
    // JUDGEMENT (KB section 10, Scotland): whether topical PRP counts as a restricted procedure where a law restricts
    // injecting through microneedles and leaves topical use undefined. 1 = yes, 0 = no.
    /** Whether topical PRP counts as a restricted procedure where the law leaves it undefined: 1 yes, 0 no. */
    TOPICAL_PRP_RESTRICTED("topicalPrpRestricted", "1", "D-04", true),
    /** Days a recorded clearance stays valid. */
    CLEARANCE_VALID_DAYS("clearanceValidDays", "90", "contract"),
    // The manufacturer's downtime table (drpen.net, KB D-02): the deepest planned area sets the expected redness.
    /** Deepest planned depth, in millimetres, that still counts as shallow for the expected redness. */
    DOWNTIME_SHALLOW_MAX_MM("downtimeShallowMaxMm", "0.5", "D-02"),
    /** Deepest planned depth, in millimetres, that still counts as medium for the expected redness. */
    DOWNTIME_MODERATE_MAX_MM("downtimeModerateMaxMm", "1.5", "D-02"),
    // Aftercare windows from clinic pages (KB A-01): configurable defaults, each the stated position in a range.
    /** Days without make-up after treatment. */
    AFTERCARE_NO_MAKEUP_DAYS("aftercareNoMakeupDays", "1", "A-01"),
    /** Days of avoiding direct sun and strong heat after treatment. */
    AFTERCARE_SUN_AVOIDANCE_DAYS("aftercareSunAvoidanceDays", "7", "A-01"),
    /** Days of daily mineral sunscreen after treatment. */
    AFTERCARE_SUNSCREEN_DAYS("aftercareSunscreenDays", "14", "A-01"),
    /** Days of daily mineral sunscreen after treatment for skin at risk of pigmentation. */
    AFTERCARE_SUNSCREEN_PIGMENT_RISK_DAYS("aftercareSunscreenPigmentRiskDays", "28", "A-01"),
    /** Days without over-the-counter actives (retinol, acids, vitamin C) after treatment. */
    AFTERCARE_ACTIVES_PAUSE_DAYS("aftercareActivesPauseDays", "7", "A-01"),
    /** Days after treatment before a prescribed retinoid goes back on the skin, as its prescriber advises. */
    AFTERCARE_PRESCRIBED_RETINOID_PAUSE_DAYS("aftercarePrescribedRetinoidPauseDays", "10", "A-01"),
    /** Days without sweaty exercise, sauna, steam room or swimming after treatment. */
    AFTERCARE_NO_EXERCISE_DAYS("aftercareNoExerciseDays", "3", "A-01"),
    /** Days without alcohol-based toners or astringents after treatment. */
    AFTERCARE_NO_ALCOHOL_TONER_DAYS("aftercareNoAlcoholTonerDays", "14", "A-01"),
    /** Days after treatment during which new lumps, nodules or sores are reported to the clinic. */
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

    /**
     * The name in configuration files and in the assessment.
     *
     * @return the key, e.g. {@code periorbitalMaxDepthMm}
     */
    public String key() {
        return key;
    }

    /**
     * The value when the clinic sets none.
     *
     * @return the default, in the unit the key names (days, months, years, millimetres, or 1/0 for yes/no)
     */
    public BigDecimal defaultValue() {
        return defaultValue;
    }

    /**
     * The knowledge-base item the value belongs to.
     *
     * @return the item, e.g. {@code D-03}, or {@code contract} for the contract's own settings
     */
    public String kb() {
        return kb;
    }

    /**
     * Whether the value is a yes-or-no judgement: 1 for yes, 0 for no.
     *
     * @return {@code true} for a yes-or-no value
     */
    public boolean yesNo() {
        return yesNo;
    }

    /**
     * Whether the value is a whole number of days, months or years (rather than millimetres).
     *
     * @return {@code true} for a whole number
     */
    public boolean whole() {
        return !key.endsWith("Mm");
    }

    /**
     * The threshold with this key.
     *
     * @param key the key, e.g. {@code periorbitalMaxDepthMm}
     * @return the threshold, or {@code null} when no threshold has that key
     */
    public static Threshold byKey(String key) {
        for (Threshold threshold : values()) {
            if (threshold.key.equals(key)) {
                return threshold;
            }
        }
        return null;
    }
}
