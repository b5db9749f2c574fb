package org.needlesafe.rules;

import java.time.LocalDate;
import java.util.Set;
import org.needlesafe.patient.Condition;
import org.needlesafe.patient.ConditionCode;
import org.needlesafe.patient.ConditionStatus;
import org.needlesafe.plan.Area;

/** A condition of the patient as the rules see it: {@code patient.conditions[index]}. */
public record ConditionFact(int index, ConditionCode code, ConditionStatus status, Set<Area> areas,
                            LocalDate onsetDate) implements Fact, Located {

    public static ConditionFact of(int index, Condition condition) {
        return new ConditionFact(index, condition.code(), condition.status(), condition.areas(), condition.onsetDate());
    }

    public boolean active() {
        return status == ConditionStatus.ACTIVE;
    }

    /** Present today, whether active or controlled (not merely a history). */
    public boolean present() {
        return status != ConditionStatus.HISTORY;
    }

    @Override
    public String basis() {
        return "patient.conditions[" + index + "]: " + code + " " + status + where();
    }
}
