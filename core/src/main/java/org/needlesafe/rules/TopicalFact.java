package org.needlesafe.rules;

import org.needlesafe.plan.TopicalProduct;

/** A product applied before or during needling, as the rules see it: {@code plan.topicals[index]}. */
public record TopicalFact(int index, TopicalProduct product, Boolean sterileForProcedure) implements Fact {

    @Override
    public ContractPath path() {
        return CaseFields.PLAN_TOPICALS.index(index);
    }

    @Override
    public String basis() {
        String sterile = sterileForProcedure == null ? "unknown" : sterileForProcedure.toString();
        return path().is(product + ", sterileForProcedure " + sterile);
    }

    /**
     * Names the fact, never its values: Drools logs the facts it holds at DEBUG and TRACE, and patient data must
     * not reach a log at any level. The values are in the record's accessors and in {@code basis()}.
     */
    @Override
    public String toString() {
        return "TopicalFact[" + path() + "]";
    }
}
