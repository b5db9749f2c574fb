package org.needlesafe.setup;

/**
 * The sterile set-up. Every required fact that is {@code null} is unknown and holds the case at {@code DEFER} or
 * worse ({@code bloodHandlingCompliant} is required when PRP is planned, {@code deviceBarrierSleeve} for pens and RF
 * devices).
 *
 * @param deviceRinsedInTapWater optional (KB S-06): cartridges or the device are rinsed in tap water
 * @param clientRecordsKept      optional (KB S-04): the clinic keeps client and lot records for traceability
 */
public record SterileSetup(
        Setting setting,
        Needles needles,
        Boolean packagingIntact,
        Boolean deviceBarrierSleeve,
        Antisepsis skinAntisepsis,
        Boolean gloves,
        Boolean sharpsContainer,
        Boolean bloodHandlingCompliant,
        Boolean deviceRinsedInTapWater,
        Boolean clientRecordsKept) {

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().setting(setting).needles(needles).packagingIntact(packagingIntact)
                .deviceBarrierSleeve(deviceBarrierSleeve).skinAntisepsis(skinAntisepsis).gloves(gloves)
                .sharpsContainer(sharpsContainer).bloodHandlingCompliant(bloodHandlingCompliant)
                .deviceRinsedInTapWater(deviceRinsedInTapWater).clientRecordsKept(clientRecordsKept);
    }

    /** Builds a {@link SterileSetup}; every fact left unset stays unknown. */
    public static final class Builder {
        private Setting setting;
        private Needles needles;
        private Boolean packagingIntact;
        private Boolean deviceBarrierSleeve;
        private Antisepsis skinAntisepsis;
        private Boolean gloves;
        private Boolean sharpsContainer;
        private Boolean bloodHandlingCompliant;
        private Boolean deviceRinsedInTapWater;
        private Boolean clientRecordsKept;

        private Builder() {
        }

        public Builder setting(Setting setting) { this.setting = setting; return this; }
        public Builder needles(Needles needles) { this.needles = needles; return this; }
        public Builder packagingIntact(Boolean intact) { this.packagingIntact = intact; return this; }
        public Builder deviceBarrierSleeve(Boolean sleeve) { this.deviceBarrierSleeve = sleeve; return this; }
        public Builder skinAntisepsis(Antisepsis antisepsis) { this.skinAntisepsis = antisepsis; return this; }
        public Builder gloves(Boolean gloves) { this.gloves = gloves; return this; }
        public Builder sharpsContainer(Boolean container) { this.sharpsContainer = container; return this; }
        public Builder bloodHandlingCompliant(Boolean compliant) { this.bloodHandlingCompliant = compliant; return this; }
        public Builder deviceRinsedInTapWater(Boolean rinsed) { this.deviceRinsedInTapWater = rinsed; return this; }
        public Builder clientRecordsKept(Boolean kept) { this.clientRecordsKept = kept; return this; }

        public SterileSetup build() {
            return new SterileSetup(setting, needles, packagingIntact, deviceBarrierSleeve, skinAntisepsis, gloves,
                    sharpsContainer, bloodHandlingCompliant, deviceRinsedInTapWater, clientRecordsKept);
        }
    }
}
