package org.needlesafe.setup;

/** The needles and how they are kept sterile. */
public enum Needles {
    /** A sterile, single-use cartridge, opened for this client. */
    SINGLE_USE_STERILE_CARTRIDGE,
    /** A sterile, single-use roller, opened for this client. */
    SINGLE_USE_STERILE_ROLLER,
    /** A roller kept for this one client and autoclaved between sessions. */
    REUSABLE_ROLLER_AUTOCLAVED_SAME_CLIENT,
    /** A reused roller only soaked in disinfectant: not sterile. */
    REUSABLE_ROLLER_DISINFECTANT_SOAK,
    /** A roller used on more than one client. */
    SHARED_ROLLER,
    /** A cartridge used before. */
    REUSED_CARTRIDGE
}
