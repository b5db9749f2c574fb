package org.needlesafe;

/** How well the knowledge-base item behind a finding is supported. */
public enum Evidence {
    /** Consistent guidance from regulators, professional bodies or systematic reviews. */
    WELL_SUPPORTED,
    /** Sources disagree, or support is partial. */
    MIXED,
    /** Case reports, expert opinion or manufacturer advice only. */
    WEAK,
    /** A threshold or rule the knowledge base sets by clinical judgement; configurable where it is a number. */
    JUDGEMENT
}
