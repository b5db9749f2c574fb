package org.needlesafe.setup;

/** The skin antiseptic used before needling. */
public enum Antisepsis {
    /** No skin antisepsis. */
    NONE,
    /** An alcohol wipe or solution. */
    ALCOHOL,
    /** Chlorhexidine. */
    CHLORHEXIDINE,
    /** Povidone-iodine. */
    POVIDONE_IODINE
}
