package org.needlesafe.rules;

/**
 * An input fact the rules match, which knows how to cite itself. When a rule fires, the basis of every
 * {@code Fact} it matched goes into its finding's basis automatically.
 */
public interface Fact {
    /**
     * Where the fact is in the case.
     *
     * @return its contract path, e.g. {@code patient.conditions[0]}
     */
    ContractPath path();

    /** The fact as its contract path with its value, e.g. {@code patient.conditions[0]: HERPES_SIMPLEX ACTIVE}. */
    String basis();
}
