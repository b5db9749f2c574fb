package org.needlesafe.practitioner;

/** The practitioner's professional credential. */
public enum Credential {
    DERMATOLOGIST(CredentialGroup.PHYSICIAN),
    PHYSICIAN(CredentialGroup.PHYSICIAN),
    PHYSICIAN_ASSISTANT(CredentialGroup.ADVANCED_PRACTICE),
    NURSE_PRACTITIONER(CredentialGroup.ADVANCED_PRACTICE),
    REGISTERED_NURSE(CredentialGroup.NURSE),
    LICENSED_PRACTICAL_NURSE(CredentialGroup.NURSE),
    MASTER_ESTHETICIAN(CredentialGroup.NON_MEDICAL),
    ESTHETICIAN(CredentialGroup.NON_MEDICAL),
    COSMETOLOGIST(CredentialGroup.NON_MEDICAL),
    /** A non-medical practitioner holding a local aesthetic or skin-penetration licence, as in GB or AU. */
    LICENSED_AESTHETIC_PRACTITIONER(CredentialGroup.NON_MEDICAL),
    /** A course certificate, no licence. */
    CERTIFIED_TECHNICIAN(CredentialGroup.NON_MEDICAL),
    NONE(CredentialGroup.NON_MEDICAL);

    private final CredentialGroup group;

    Credential(CredentialGroup group) {
        this.group = group;
    }

    public CredentialGroup group() {
        return group;
    }

    /** A physician or dermatologist: what the knowledge base means by "physician". */
    public boolean physician() {
        return group == CredentialGroup.PHYSICIAN;
    }
}
