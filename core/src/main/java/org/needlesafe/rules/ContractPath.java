package org.needlesafe.rules;

/**
 * A field of the case as the contract names it, e.g. {@code patient.conditions[2]} or {@code setup.gloves}: what a
 * finding's basis, a missing answer and a validation problem cite. Built from the contract's names, never spelled
 * whole by hand: {@link CaseFields} holds the fields, a {@link Fact} its own entry.
 *
 * @param text the path as the contract writes it; empty for the case itself
 */
public record ContractPath(String text) {
    /** The case itself, the root every path starts from. */
    public static final ContractPath CASE = new ContractPath("");

    /**
     * A field of the value at this path.
     *
     * @param name the field's name in the contract
     * @return e.g. {@code plan.device} for {@code plan} and {@code device}
     */
    public ContractPath field(String name) {
        return new ContractPath(text.isEmpty() ? name : text + "." + name);
    }

    /**
     * An entry of the list at this path.
     *
     * @param index from 0
     * @return e.g. {@code plan.areas[2]}
     */
    public ContractPath index(int index) {
        return new ContractPath(text + "[" + index + "]");
    }

    /**
     * The line a basis cites: the path and its value. An absent value reads "unknown", never "null" or "false".
     *
     * @param value the value at this path, as its words are written in a basis
     * @return e.g. {@code setup.gloves: false}
     */
    public String is(Object value) {
        return text + ": " + (value == null ? "unknown" : value);
    }

    @Override
    public String toString() {
        return text;
    }
}
