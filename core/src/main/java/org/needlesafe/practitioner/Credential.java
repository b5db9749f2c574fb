package org.needlesafe.practitioner;

/** The practitioner's professional credential. */
public enum Credential {
    /** A physician specialised in dermatology. */
    DERMATOLOGIST(CredentialGroup.PHYSICIAN),
    /** A licensed physician (medical doctor). */
    PHYSICIAN(CredentialGroup.PHYSICIAN),
    /** A physician assistant. */
    PHYSICIAN_ASSISTANT(CredentialGroup.ADVANCED_PRACTICE),
    /** A nurse practitioner (advanced practice nurse). */
    NURSE_PRACTITIONER(CredentialGroup.ADVANCED_PRACTICE),
    /** A registered nurse. */
    REGISTERED_NURSE(CredentialGroup.NURSE),
    /** A licensed practical (or vocational) nurse. */
    LICENSED_PRACTICAL_NURSE(CredentialGroup.NURSE),
    /** A master esthetician, where the law has that advanced esthetics licence. */
    MASTER_ESTHETICIAN(CredentialGroup.NON_MEDICAL),
    /** A licensed esthetician. */
    ESTHETICIAN(CredentialGroup.NON_MEDICAL),
    /** A licensed cosmetologist. */
    COSMETOLOGIST(CredentialGroup.NON_MEDICAL),
    /** A non-medical practitioner holding a local aesthetic or skin-penetration licence, as in GB or AU. */
    LICENSED_AESTHETIC_PRACTITIONER(CredentialGroup.NON_MEDICAL),
    /** A course certificate, no licence. */
    CERTIFIED_TECHNICIAN(CredentialGroup.NON_MEDICAL),
    /** No professional credential. */
    NONE(CredentialGroup.NON_MEDICAL);

    private final CredentialGroup group;

    Credential(CredentialGroup group) {
        this.group = group;
    }

    /**
     * The contract's credential group it belongs to.
     *
     * @return the credential's group
     */
    public CredentialGroup group() {
        return group;
    }

    /**
     * A physician or dermatologist: what the knowledge base means by "physician".
     *
     * @return whether the credential is a physician's
     */
    public boolean physician() {
        return group == CredentialGroup.PHYSICIAN;
    }
}
