package org.needlesafe;

/** What kind of concern a finding is. */
public enum Category { CONTRAINDICATION, CREDENTIAL, STERILITY, PLAN, TOPICAL, SCREENING }
