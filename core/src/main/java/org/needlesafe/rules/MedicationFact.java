package org.needlesafe.rules;

import java.time.LocalDate;
import org.needlesafe.patient.Medication;
import org.needlesafe.patient.MedicationCode;
import org.needlesafe.patient.MedicationStatus;

/**
 * A medication as the rules see it: {@code patient.medications[index]}. A current medication, or a stopped one
 * whose last dose is unknown, counts as taken on the assessment date.
 */
public record MedicationFact(int index, MedicationCode code, MedicationStatus status, LocalDate lastTakenDate,
                             LocalDate today) implements Fact, Dated {

    public static MedicationFact of(int index, Medication medication, LocalDate today) {
        return new MedicationFact(index, medication.code(), medication.status(), medication.lastTakenDate(), today);
    }

    public boolean current() {
        return status == MedicationStatus.CURRENT;
    }

    /** The last dose: the assessment date while it is current or unknown. */
    @Override
    public LocalDate date() {
        return current() || lastTakenDate == null ? today : lastTakenDate;
    }

    @Override
    public ContractPath path() {
        return CaseFields.PATIENT_MEDICATIONS.index(index);
    }

    @Override
    public String basis() {
        String when = current() ? "" : lastTakenDate == null ? ", last dose unknown" : ", last dose " + lastTakenDate;
        return path().is(code + " " + status + when);
    }

    /**
     * Names the fact, never its values: Drools logs the facts it holds at DEBUG and TRACE, and patient data must
     * not reach a log at any level. The values are in the record's accessors and in {@code basis()}.
     */
    @Override
    public String toString() {
        return "MedicationFact[" + path() + "]";
    }
}
