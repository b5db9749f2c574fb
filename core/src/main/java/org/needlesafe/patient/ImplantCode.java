package org.needlesafe.patient;

/** An implant the screening asks about (asked when the device is RF microneedling, and noted otherwise). */
public enum ImplantCode { GOLD_THREADS, IMPLANTED_ELECTRONIC_DEVICE, METAL_IMPLANT_IN_AREA }
