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

        /**
         * Sets {@code setting} (see {@link SterileSetup}).
         *
         * @param setting the value
         * @return this builder
         */
        public Builder setting(Setting setting) { this.setting = setting; return this; }
        /**
         * Sets {@code needles} (see {@link SterileSetup}).
         *
         * @param needles the value
         * @return this builder
         */
        public Builder needles(Needles needles) { this.needles = needles; return this; }
        /**
         * Sets {@code packagingIntact} (see {@link SterileSetup}).
         *
         * @param intact the value
         * @return this builder
         */
        public Builder packagingIntact(Boolean intact) { this.packagingIntact = intact; return this; }
        /**
         * Sets {@code deviceBarrierSleeve} (see {@link SterileSetup}).
         *
         * @param sleeve the value
         * @return this builder
         */
        public Builder deviceBarrierSleeve(Boolean sleeve) { this.deviceBarrierSleeve = sleeve; return this; }
        /**
         * Sets {@code skinAntisepsis} (see {@link SterileSetup}).
         *
         * @param antisepsis the value
         * @return this builder
         */
        public Builder skinAntisepsis(Antisepsis antisepsis) { this.skinAntisepsis = antisepsis; return this; }
        /**
         * Sets {@code gloves} (see {@link SterileSetup}).
         *
         * @param gloves the value
         * @return this builder
         */
        public Builder gloves(Boolean gloves) { this.gloves = gloves; return this; }
        /**
         * Sets {@code sharpsContainer} (see {@link SterileSetup}).
         *
         * @param container the value
         * @return this builder
         */
        public Builder sharpsContainer(Boolean container) { this.sharpsContainer = container; return this; }
        /**
         * Sets {@code bloodHandlingCompliant} (see {@link SterileSetup}).
         *
         * @param compliant the value
         * @return this builder
         */
        public Builder bloodHandlingCompliant(Boolean compliant) { this.bloodHandlingCompliant = compliant; return this; }
        /**
         * Sets {@code deviceRinsedInTapWater} (see {@link SterileSetup}).
         *
         * @param rinsed the value
         * @return this builder
         */
        public Builder deviceRinsedInTapWater(Boolean rinsed) { this.deviceRinsedInTapWater = rinsed; return this; }
        /**
         * Sets {@code clientRecordsKept} (see {@link SterileSetup}).
         *
         * @param kept the value
         * @return this builder
         */
        public Builder clientRecordsKept(Boolean kept) { this.clientRecordsKept = kept; return this; }

        /**
         * Builds the SterileSetup; nothing is checked here.
         *
         * @return the SterileSetup
         */
        public SterileSetup build() {
            return new SterileSetup(setting, needles, packagingIntact, deviceBarrierSleeve, skinAntisepsis, gloves,
                    sharpsContainer, bloodHandlingCompliant, deviceRinsedInTapWater, clientRecordsKept);
        }
    }
}
