package org.needlesafe.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The planned treatment.
 *
 * @param device                    required
 * @param deviceCleared             the device has FDA clearance or the local equivalent; {@code null} is unknown
 * @param indication                what it is for, or {@code null}
 * @param areas                     at least one, each area once
 * @param topicals                  products applied before or during needling; {@code null} or empty for none
 * @param topicalAnesthetic         a topical anaesthetic is planned; {@code null} is unknown and counts as planned where
 *                                  an anaesthetic would be a risk (KB C-13)
 * @param previousMicroneedlingDate the last session, or {@code null} for none or unknown
 * @param consultationDate          the consultation at which this treatment was agreed, or {@code null} when unknown;
 *                                  a cooling-off period (Ahpra 2025, under-18s) runs from it
 */
public record TreatmentPlan(
        Device device,
        Boolean deviceCleared,
        Indication indication,
        List<PlannedArea> areas,
        List<Topical> topicals,
        Boolean topicalAnesthetic,
        LocalDate previousMicroneedlingDate,
        LocalDate consultationDate) {

    /**
     * Copies the lists; {@code null} areas stay {@code null} for validation to report, {@code null} topicals become
     * none.
     *
     * @param device                    required
     * @param deviceCleared             the device has FDA clearance or the local equivalent; {@code null} is unknown
     * @param indication                what it is for, or {@code null}
     * @param areas                     at least one, each area once
     * @param topicals                  products applied before or during needling; {@code null} or empty for none
     * @param topicalAnesthetic         a topical anaesthetic is planned; {@code null} is unknown and counts as planned
     *                                  where an anaesthetic would be a risk (KB C-13)
     * @param previousMicroneedlingDate the last session, or {@code null} for none or unknown
     * @param consultationDate          the consultation at which this treatment was agreed, or {@code null} when
     *                                  unknown; a cooling-off period (Ahpra 2025, under-18s) runs from it
     */
    public TreatmentPlan {
        areas = copyKeepingNulls(areas);
        topicals = topicals == null ? List.of() : copyKeepingNulls(topicals);
    }

    /**
     * A plan without a consultation date (unknown).
     *
     * @param device                    required
     * @param deviceCleared             the device has FDA clearance or the local equivalent; {@code null} is unknown
     * @param indication                what it is for, or {@code null}
     * @param areas                     at least one, each area once
     * @param topicals                  products applied before or during needling; {@code null} or empty for none
     * @param topicalAnesthetic         a topical anaesthetic is planned; {@code null} is unknown and counts as planned
     *                                  where an anaesthetic would be a risk (KB C-13)
     * @param previousMicroneedlingDate the last session, or {@code null} for none or unknown
     */
    public TreatmentPlan(Device device, Boolean deviceCleared, Indication indication, List<PlannedArea> areas,
                         List<Topical> topicals, Boolean topicalAnesthetic, LocalDate previousMicroneedlingDate) {
        this(device, deviceCleared, indication, areas, topicals, topicalAnesthetic, previousMicroneedlingDate, null);
    }

    /**
     * Withholds the values: this is patient data, and Drools logs the facts it holds at DEBUG and TRACE, where
     * patient data must never go. Read the accessors instead.
     */
    @Override
    public String toString() {
        return "TreatmentPlan[withheld]";
    }

    /**
     * Starts an empty builder.
     *
     * @return a builder with every field unset
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts a builder holding these values.
     *
     * @return a builder to change some of them
     */
    public Builder toBuilder() {
        return new Builder().device(device).deviceCleared(deviceCleared).indication(indication).areas(areas)
                .topicals(topicals).topicalAnesthetic(topicalAnesthetic)
                .previousMicroneedlingDate(previousMicroneedlingDate).consultationDate(consultationDate);
    }

    /** Builds a {@link TreatmentPlan}. */
    public static final class Builder {
        private Device device;
        private Boolean deviceCleared;
        private Indication indication;
        private List<PlannedArea> areas;
        private List<Topical> topicals;
        private Boolean topicalAnesthetic;
        private LocalDate previousMicroneedlingDate;
        private LocalDate consultationDate;

        private Builder() {
        }

        /**
         * Sets {@code device} (see {@link TreatmentPlan}).
         *
         * @param device the value
         * @return this builder
         */
        public Builder device(Device device) { this.device = device; return this; }
        /**
         * Sets {@code deviceCleared} (see {@link TreatmentPlan}).
         *
         * @param cleared the value
         * @return this builder
         */
        public Builder deviceCleared(Boolean cleared) { this.deviceCleared = cleared; return this; }
        /**
         * Sets {@code indication} (see {@link TreatmentPlan}).
         *
         * @param indication the value
         * @return this builder
         */
        public Builder indication(Indication indication) { this.indication = indication; return this; }
        /**
         * Sets {@code areas}; {@code null} or empty is none.
         *
         * @param areas the entries
         * @return this builder
         */
        public Builder areas(List<PlannedArea> areas) { this.areas = areas; return this; }
        /**
         * Sets {@code areas}, listed here.
         *
         * @param areas the entries
         * @return this builder
         */
        public Builder areas(PlannedArea... areas) { return areas(List.of(areas)); }
        /**
         * Sets {@code topicals}; {@code null} or empty is none.
         *
         * @param topicals the entries
         * @return this builder
         */
        public Builder topicals(List<Topical> topicals) { this.topicals = topicals; return this; }
        /**
         * Sets {@code topicals}, listed here.
         *
         * @param topicals the entries
         * @return this builder
         */
        public Builder topicals(Topical... topicals) { return topicals(List.of(topicals)); }
        /**
         * Sets {@code topicalAnesthetic} (see {@link TreatmentPlan}).
         *
         * @param planned the value
         * @return this builder
         */
        public Builder topicalAnesthetic(Boolean planned) { this.topicalAnesthetic = planned; return this; }
        /**
         * Sets {@code previousMicroneedlingDate} (see {@link TreatmentPlan}).
         *
         * @param date the value
         * @return this builder
         */
        public Builder previousMicroneedlingDate(LocalDate date) { this.previousMicroneedlingDate = date; return this; }
        /**
         * Sets {@code consultationDate} (see {@link TreatmentPlan}).
         *
         * @param date the value
         * @return this builder
         */
        public Builder consultationDate(LocalDate date) { this.consultationDate = date; return this; }

        /**
         * Builds the TreatmentPlan; nothing is checked here.
         *
         * @return the TreatmentPlan
         */
        public TreatmentPlan build() {
            return new TreatmentPlan(device, deviceCleared, indication, areas, topicals, topicalAnesthetic,
                    previousMicroneedlingDate, consultationDate);
        }
    }

    /** An unmodifiable copy that keeps {@code null} (unknown) and null entries, so validation can report them. */
    private static <T> List<T> copyKeepingNulls(List<T> list) {
        return list == null ? null : Collections.unmodifiableList(new ArrayList<>(list));
    }
}
