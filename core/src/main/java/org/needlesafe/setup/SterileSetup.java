package org.needlesafe.setup;

/**
 * The sterile set-up. Every fact that is {@code null} is unknown and holds the case at {@code DEFER} or worse.
 */
public record SterileSetup(
        Setting setting,
        Needles needles,
        Boolean packagingIntact,
        Boolean deviceBarrierSleeve,
        Antisepsis skinAntisepsis,
        Boolean gloves,
        Boolean sharpsContainer,
        Boolean bloodHandlingCompliant) {

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().setting(setting).needles(needles).packagingIntact(packagingIntact)
                .deviceBarrierSleeve(deviceBarrierSleeve).skinAntisepsis(skinAntisepsis).gloves(gloves)
                .sharpsContainer(sharpsContainer).bloodHandlingCompliant(bloodHandlingCompliant);
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

        public SterileSetup build() {
            return new SterileSetup(setting, needles, packagingIntact, deviceBarrierSleeve, skinAntisepsis, gloves,
                    sharpsContainer, bloodHandlingCompliant);
        }
    }
}
