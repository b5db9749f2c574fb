package org.needlesafe.clearance;

/** Who may document a clearance. */
public enum ClearingRole { PRESCRIBER, PHYSICIAN, DERMATOLOGIST }
