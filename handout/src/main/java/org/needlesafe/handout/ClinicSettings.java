package org.needlesafe.handout;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.needlesafe.configuration.ClinicConfiguration;
import org.needlesafe.internal.KeyValueFile;

/**
 * The clinic's configuration file as the command line and the service read it: the rules' thresholds
 * ({@code periorbitalMaxDepthMm = 0.3}) and, for the patient's handout, the optional {@code clinicName} and
 * {@code clinicPhone}. The handout's two keys are taken out here so that the advisor sees thresholds only.
 *
 * @param thresholds the values for the rules
 * @param contact    the clinic's name and phone for the handout
 */
public record ClinicSettings(ClinicConfiguration thresholds, ClinicContact contact) {
    /** The key of the clinic's name. */
    public static final String NAME = "clinicName";
    /** The key of the phone number patients call. */
    public static final String PHONE = "clinicPhone";
    private static final int MAX_NAME = 100;
    private static final Pattern PHONE_NUMBER = Pattern.compile("\\+?[0-9][0-9 ()./-]{2,28}[0-9]");

    /** The defaults and no clinic details. */
    public static ClinicSettings defaults() {
        return new ClinicSettings(ClinicConfiguration.defaults(), ClinicContact.UNKNOWN);
    }

    /**
     * Reads a {@code key = value} file; an unknown key or a bad value fails with the file, the line and the key.
     *
     * @param file the clinic's configuration file
     * @return its thresholds and contact details
     * @throws IllegalArgumentException naming every problem, one per line
     */
    public static ClinicSettings read(Path file) {
        KeyValueFile values = KeyValueFile.read(file);
        ClinicConfiguration.Builder thresholds = ClinicConfiguration.builder();
        String name = null;
        String phone = null;
        List<String> problems = new ArrayList<>();
        for (KeyValueFile.Entry entry : values.entries()) {
            try {
                switch (entry.key()) {
                    case NAME -> name = clinicName(entry.value());
                    case PHONE -> phone = phone(entry.value());
                    default -> thresholds.set(entry.key(), entry.value());
                }
            } catch (IllegalArgumentException e) {
                problems.add(values.name() + ":" + entry.line() + ": " + e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("\n", problems));
        }
        return new ClinicSettings(thresholds.build(), new ClinicContact(name, phone));
    }

    private static String clinicName(String value) {
        if (value.isEmpty() || value.length() > MAX_NAME) {
            throw new IllegalArgumentException(NAME + ": must be 1 to " + MAX_NAME + " characters");
        }
        return value;
    }

    private static String phone(String value) {
        if (!PHONE_NUMBER.matcher(value).matches()) {
            throw new IllegalArgumentException(PHONE + ": must be a phone number (digits, spaces, + ( ) . / -), was '"
                    + value + "'");
        }
        return value;
    }
}
