package org.needlesafe.rules;

import java.time.LocalDate;
import java.util.Set;
import org.needlesafe.patient.ProcedureCode;
import org.needlesafe.patient.RecentProcedure;
import org.needlesafe.plan.Area;

/** A recent procedure as the rules see it: {@code patient.recentProcedures[index]}. */
public record ProcedureFact(int index, ProcedureCode code, LocalDate date, Set<Area> areas, LocalDate today)
        implements Fact, Dated, Located {

    public static ProcedureFact of(int index, RecentProcedure procedure, LocalDate today) {
        return new ProcedureFact(index, procedure.code(), procedure.date(), procedure.areas(), today);
    }

    @Override
    public ContractPath path() {
        return CaseFields.PATIENT_RECENT_PROCEDURES.index(index);
    }

    @Override
    public String basis() {
        return path().is(code + " on " + date + where());
    }

    /**
     * Names the fact, never its values: Drools logs the facts it holds at DEBUG and TRACE, and patient data must
     * not reach a log at any level. The values are in the record's accessors and in {@code basis()}.
     */
    @Override
    public String toString() {
        return "ProcedureFact[" + path() + "]";
    }
}
