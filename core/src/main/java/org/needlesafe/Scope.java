package org.needlesafe;

/** Where a rule's findings apply: its DRL {@code @scope}. */
public enum Scope {
    /** The whole case. */
    CASE,
    /** One planned area. */
    AREA,
    /** The planned areas where the fact is; the whole case when the fact is not localised. */
    CASE_OR_AREA
}
