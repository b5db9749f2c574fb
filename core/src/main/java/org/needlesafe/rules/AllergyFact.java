package org.needlesafe.rules;

import org.needlesafe.patient.Allergy;

/** An allergy as the rules see it: {@code patient.allergies[index]}. */
public record AllergyFact(int index, Allergy allergy) implements Fact {

    @Override
    public String basis() {
        return "patient.allergies[" + index + "]: " + allergy;
    }
}
