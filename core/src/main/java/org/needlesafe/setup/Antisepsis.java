package org.needlesafe.setup;

/** The skin antiseptic used before needling. */
public enum Antisepsis { NONE, ALCOHOL, CHLORHEXIDINE, POVIDONE_IODINE }
