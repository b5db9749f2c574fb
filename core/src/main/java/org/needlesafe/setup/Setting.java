package org.needlesafe.setup;

/** Where the treatment takes place. */
public enum Setting { MEDICAL_CLINIC, LICENSED_PREMISES, UNLICENSED_PREMISES, HOME }
