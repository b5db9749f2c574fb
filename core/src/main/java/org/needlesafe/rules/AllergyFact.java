package org.needlesafe.rules;

import org.needlesafe.patient.Allergy;

/** An allergy as the rules see it: {@code patient.allergies[index]}. */
public record AllergyFact(int index, Allergy allergy) implements Fact {

    @Override
    public ContractPath path() {
        return CaseFields.PATIENT_ALLERGIES.index(index);
    }

    @Override
    public String basis() {
        return path().is(allergy);
    }

    /**
     * Names the fact, never its values: Drools logs the facts it holds at DEBUG and TRACE, and patient data must
     * not reach a log at any level. The values are in the record's accessors and in {@code basis()}.
     */
    @Override
    public String toString() {
        return "AllergyFact[" + path() + "]";
    }
}
