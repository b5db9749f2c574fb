package org.needlesafe.plan;

/** The microneedling device. */
public enum Device {
    PEN, ROLLER, STAMP, RF_MICRONEEDLING, HOME_ROLLER;

    /** Devices with a motor body that needs a disposable barrier sleeve (KB S-02). */
    public boolean needsBarrierSleeve() {
        return this == PEN || this == RF_MICRONEEDLING;
    }
}
