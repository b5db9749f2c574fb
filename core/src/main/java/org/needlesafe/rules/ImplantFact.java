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
    public String basis() {
        return "patient.implants[" + index + "]: " + code + where();
    }
}
