package org.needlesafe;

/** How well the knowledge-base item behind a finding is supported. */
public enum Evidence { WELL_SUPPORTED, MIXED, WEAK, JUDGEMENT }
