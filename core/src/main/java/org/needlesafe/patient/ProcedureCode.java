package org.needlesafe.patient;

/** A recent procedure the screening asks about. */
public enum ProcedureCode {
    /** A botulinum toxin (neurotoxin) injection. */
    NEUROTOXIN,
    /** A dermal filler injection. */
    DERMAL_FILLER,
    /** A superficial chemical peel. */
    CHEMICAL_PEEL_SUPERFICIAL,
    /** A deep chemical peel (deep resurfacing). */
    CHEMICAL_PEEL_DEEP,
    /** Laser resurfacing or another laser skin treatment. */
    LASER_RESURFACING,
    /** Intense pulsed light (IPL) treatment. */
    IPL,
    /** Radiotherapy. */
    RADIOTHERAPY,
    /** Surgery. */
    SURGERY,
    /** A previous microneedling session. */
    MICRONEEDLING
}
