package org.needlesafe.rules;

import java.math.BigDecimal;
import org.needlesafe.plan.Area;
import org.needlesafe.plan.PlannedArea;

/** A planned area and its depth as the rules see it: {@code plan.areas[index]}. */
public record AreaFact(int index, Area area, BigDecimal depthMm) implements Fact {

    public static AreaFact of(int index, PlannedArea planned) {
        return new AreaFact(index, planned.area(), planned.depthMm());
    }

    public boolean face() {
        return area.face();
    }

    /** Strictly deeper: a threshold "over X mm" does not include X. {@code null} (no limit) is never exceeded. */
    public boolean deeperThan(BigDecimal limitMm) {
        return limitMm != null && depthMm.compareTo(limitMm) > 0;
    }

    @Override
    public ContractPath path() {
        return CaseFields.PLAN_AREAS.index(index);
    }

    @Override
    public String basis() {
        return path().is(area + " at " + depthMm.toPlainString() + " mm");
    }

    /**
     * Names the fact, never its values: Drools logs the facts it holds at DEBUG and TRACE, and patient data must
     * not reach a log at any level. The values are in the record's accessors and in {@code basis()}.
     */
    @Override
    public String toString() {
        return "AreaFact[" + path() + "]";
    }
}
