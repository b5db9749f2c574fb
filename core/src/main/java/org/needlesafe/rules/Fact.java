package org.needlesafe.rules;

/**
 * An input fact the rules match, which knows how to cite itself. When a rule fires, the basis of every
 * {@code Fact} it matched goes into its finding's basis automatically.
 */
public interface Fact {
    /** The fact as a JSON path with its value, e.g. {@code patient.conditions[0]: HERPES_SIMPLEX ACTIVE}. */
    String basis();
}
