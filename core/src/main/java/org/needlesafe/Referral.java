package org.needlesafe;

/** Who a finding refers the patient or the plan to. */
public enum Referral { DERMATOLOGIST, PHYSICIAN, PRESCRIBER, QUALIFIED_PRACTITIONER }
