package org.needlesafe.patient;

/** A recent procedure the screening asks about. */
public enum ProcedureCode {
    NEUROTOXIN, DERMAL_FILLER, CHEMICAL_PEEL_SUPERFICIAL, CHEMICAL_PEEL_DEEP, LASER_RESURFACING, IPL,
    RADIOTHERAPY, SURGERY, MICRONEEDLING
}
