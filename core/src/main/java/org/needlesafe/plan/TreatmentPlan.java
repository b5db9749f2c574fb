package org.needlesafe.plan;

import java.time.LocalDate;
import java.util.List;
import org.needlesafe.Copies;

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

    public TreatmentPlan {
        areas = Copies.list(areas);
        topicals = topicals == null ? List.of() : Copies.list(topicals);
    }

    /** A plan without a consultation date (unknown). */
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

    public static Builder builder() {
        return new Builder();
    }

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

        public Builder device(Device device) { this.device = device; return this; }
        public Builder deviceCleared(Boolean cleared) { this.deviceCleared = cleared; return this; }
        public Builder indication(Indication indication) { this.indication = indication; return this; }
        public Builder areas(List<PlannedArea> areas) { this.areas = areas; return this; }
        public Builder areas(PlannedArea... areas) { return areas(List.of(areas)); }
        public Builder topicals(List<Topical> topicals) { this.topicals = topicals; return this; }
        public Builder topicals(Topical... topicals) { return topicals(List.of(topicals)); }
        public Builder topicalAnesthetic(Boolean planned) { this.topicalAnesthetic = planned; return this; }
        public Builder previousMicroneedlingDate(LocalDate date) { this.previousMicroneedlingDate = date; return this; }
        public Builder consultationDate(LocalDate date) { this.consultationDate = date; return this; }

        public TreatmentPlan build() {
            return new TreatmentPlan(device, deviceCleared, indication, areas, topicals, topicalAnesthetic,
                    previousMicroneedlingDate, consultationDate);
        }
    }
}
