package org.needlesafe.rules;

import java.time.LocalDate;
import java.util.Set;
import org.needlesafe.patient.Condition;
import org.needlesafe.patient.ConditionCode;
import org.needlesafe.patient.ConditionStatus;
import org.needlesafe.plan.Area;

/**
 * A condition of the patient as the rules see it: {@code patient.conditions[index]}. Its optional onset date is
 * timed against the assessment date with the contract's arithmetic; an unknown onset is never "within" a window.
 */
public record ConditionFact(int index, ConditionCode code, ConditionStatus status, Set<Area> areas,
                            LocalDate onsetDate, LocalDate today) implements Fact, Located {

    public static ConditionFact of(int index, Condition condition, LocalDate today) {
        return new ConditionFact(index, condition.code(), condition.status(), condition.areas(), condition.onsetDate(),
                today);
    }

    public boolean active() {
        return status == ConditionStatus.ACTIVE;
    }

    /** Present today, whether active or controlled (not merely a history). */
    public boolean present() {
        return status != ConditionStatus.HISTORY;
    }

    public boolean onsetKnown() {
        return onsetDate != null;
    }

    /** The onset is known and within N days of the assessment date. */
    public boolean onsetWithinDays(int days) {
        return onsetDate != null && Dates.withinDays(onsetDate, days, today);
    }

    /** The onset is known and within N calendar months of the assessment date. */
    public boolean onsetWithinMonths(int months) {
        return onsetDate != null && Dates.withinMonths(onsetDate, months, today);
    }

    /** The first day the onset is no longer within N days, or {@code null} when the onset is unknown. */
    public LocalDate onsetPlusDays(int days) {
        return onsetDate == null ? null : Dates.endOfDays(onsetDate, days);
    }

    /** The first day the onset is no longer within N months, or {@code null} when the onset is unknown. */
    public LocalDate onsetPlusMonths(int months) {
        return onsetDate == null ? null : Dates.endOfMonths(onsetDate, months);
    }

    @Override
    public ContractPath path() {
        return CaseFields.PATIENT_CONDITIONS.index(index);
    }

    @Override
    public String basis() {
        return path().is(code + " " + status + where() + (onsetDate == null ? "" : ", onset " + onsetDate));
    }

    /**
     * Names the fact, never its values: Drools logs the facts it holds at DEBUG and TRACE, and patient data must
     * not reach a log at any level. The values are in the record's accessors and in {@code basis()}.
     */
    @Override
    public String toString() {
        return "ConditionFact[" + path() + "]";
    }
}
