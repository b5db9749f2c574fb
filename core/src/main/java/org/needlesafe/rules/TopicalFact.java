package org.needlesafe.rules;

import org.needlesafe.plan.TopicalProduct;

/** A product applied before or during needling, as the rules see it: {@code plan.topicals[index]}. */
public record TopicalFact(int index, TopicalProduct product, Boolean sterileForProcedure) implements Fact {

    @Override
    public String basis() {
        String sterile = sterileForProcedure == null ? "unknown" : sterileForProcedure.toString();
        return "plan.topicals[" + index + "]: " + product + ", sterileForProcedure " + sterile;
    }
}
