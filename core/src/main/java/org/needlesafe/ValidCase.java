package org.needlesafe;

/**
 * A case an advisor has validated ({@link SafetyAdvisor#check}): that advisor assesses it without validating it
 * again, so a doorway that had to list the problems first does not pay for the validation twice.
 */
public final class ValidCase {
    private final TreatmentCase treatment;
    private final SafetyAdvisor checkedBy;

    ValidCase(TreatmentCase treatment, SafetyAdvisor checkedBy) {
        this.treatment = treatment;
        this.checkedBy = checkedBy;
    }

    /**
     * The case that was validated.
     *
     * @return the case
     */
    public TreatmentCase treatment() {
        return treatment;
    }

    boolean checkedBy(SafetyAdvisor advisor) {
        return checkedBy == advisor;
    }

    @Override
    public String toString() {
        return "ValidCase[withheld]";
    }
}
