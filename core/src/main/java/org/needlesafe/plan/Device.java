package org.needlesafe.plan;

/** The microneedling device. */
public enum Device {
    /** A motorised pen with single-use cartridges. */
    PEN,
    /** A professional dermaroller. */
    ROLLER,
    /** A stamp. */
    STAMP,
    /** Radio-frequency microneedling. */
    RF_MICRONEEDLING,
    /** A roller sold for use at home. */
    HOME_ROLLER;

    /**
     * Devices with a motor body that needs a disposable barrier sleeve (KB S-02).
     *
     * @return whether this device needs a barrier sleeve
     */
    public boolean needsBarrierSleeve() {
        return this == PEN || this == RF_MICRONEEDLING;
    }
}
