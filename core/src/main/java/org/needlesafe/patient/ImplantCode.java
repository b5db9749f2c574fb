package org.needlesafe.patient;

/** An implant the screening asks about (asked when the device is RF microneedling, and noted otherwise). */
public enum ImplantCode {
    /** Gold threads. */
    GOLD_THREADS,
    /** A pacemaker, defibrillator or other implanted electronic device. */
    IMPLANTED_ELECTRONIC_DEVICE,
    /** A metal implant in a planned area. */
    METAL_IMPLANT_IN_AREA
}
