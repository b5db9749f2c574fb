package org.needlesafe.rules;

import java.util.Set;
import org.needlesafe.patient.Implant;
import org.needlesafe.patient.ImplantCode;
import org.needlesafe.plan.Area;

/** An implant as the rules see it: {@code patient.implants[index]}. */
public record ImplantFact(int index, ImplantCode code, Set<Area> areas) implements Fact, Located {

    public static ImplantFact of(int index, Implant implant) {
        return new ImplantFact(index, implant.code(), implant.areas());
    }

    @Override
    public ContractPath path() {
        return CaseFields.PATIENT_IMPLANTS.index(index);
    }

    @Override
    public String basis() {
        return path().is(code + where());
    }

    /**
     * Names the fact, never its values: Drools logs the facts it holds at DEBUG and TRACE, and patient data must
     * not reach a log at any level. The values are in the record's accessors and in {@code basis()}.
     */
    @Override
    public String toString() {
        return "ImplantFact[" + path() + "]";
    }
}
