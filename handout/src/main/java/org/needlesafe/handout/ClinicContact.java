package org.needlesafe.handout;

/**
 * The clinic as the patient's handout names it: its name and the phone number a patient calls. Either may be
 * {@code null} when the clinic's configuration does not give it; the handout then leaves a line to write it in.
 *
 * @param name  the clinic's name, or {@code null}
 * @param phone the phone number patients call, or {@code null}
 */
public record ClinicContact(String name, String phone) {
    /** A clinic that configured neither. */
    public static final ClinicContact UNKNOWN = new ClinicContact(null, null);
}
