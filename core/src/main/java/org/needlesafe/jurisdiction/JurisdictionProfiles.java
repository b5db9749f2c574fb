package org.needlesafe.jurisdiction;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.needlesafe.RulePackException;
import org.needlesafe.configuration.KeyValueFile;
import org.needlesafe.practitioner.Credential;
import org.needlesafe.setup.Setting;

/**
 * The loaded jurisdiction profiles, by id: the built-in ones shipped with the rule pack (listed in
 * {@code needlesafe/jurisdictions/index}) plus any a user adds or overrides from a file. Immutable.
 *
 * <p>A profile file is {@code key = value} lines:
 * <pre>
 * id = US-UT
 * version = 2026-11
 * name = Utah, United States
 * source = Utah Admin Code R156-11a-611(5)
 * note = Verify against current law.
 * minimumAgeYears = 18                        (optional)
 * unsupervised.MASTER_ESTHETICIAN = 1.5       (deepest depth in mm, or "any"; absent = not allowed)
 * supervised.MASTER_ESTHETICIAN = any         (the same, with a supervising physician)
 * prp.settings = MEDICAL_CLINIC               (comma-separated; may be empty)
 * rf.credentials = DERMATOLOGIST, PHYSICIAN   (comma-separated; may be empty)
 * </pre>
 * A malformed profile fails with the file, the line and what is wrong. No profile may permit
 * {@code CERTIFIED_TECHNICIAN} or {@code NONE} (knowledge base D-04: unlicensed practice is refused everywhere).
 */
public final class JurisdictionProfiles {
    static final String INDEX = "needlesafe/jurisdictions/index";
    private static final BigDecimal ANY_DEPTH = new BigDecimal("3.5");
    /** Credentials no profile may permit: no licence at all, or a course certificate only (KB D-04). */
    private static final Set<Credential> UNLICENSED = EnumSet.of(Credential.CERTIFIED_TECHNICIAN, Credential.NONE);
    private static final Set<String> REQUIRED = Set.of("id", "version", "name", "source", "note", "prp.settings",
            "rf.credentials");

    private final Map<String, JurisdictionProfile> byId;

    private JurisdictionProfiles(Map<String, JurisdictionProfile> byId) {
        this.byId = Collections.unmodifiableMap(new TreeMap<>(byId));
    }

    /**
     * The profiles shipped on the class path (the rule pack's), read through the given class loader.
     *
     * @param loader the class loader that sees the rule pack
     * @return the built-in profiles
     * @throws RulePackException when the index or a profile is missing or malformed
     */
    public static JurisdictionProfiles builtIn(ClassLoader loader) {
        Map<String, JurisdictionProfile> profiles = new LinkedHashMap<>();
        String index = resourceText(loader, INDEX);
        for (String line : index.split("\n")) {
            String id = line.strip();
            if (id.isEmpty() || id.startsWith("#")) {
                continue;
            }
            String resource = "needlesafe/jurisdictions/" + id + ".profile";
            try (InputStream in = loader.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new RulePackException(INDEX + " lists " + id + " but " + resource + " is missing");
                }
                JurisdictionProfile profile = parse(KeyValueFile.read(resource, in));
                if (!profile.id().equals(id)) {
                    throw new RulePackException(resource + ": id: is " + profile.id() + ", the index says " + id);
                }
                profiles.put(id, profile);
            } catch (IOException e) {
                throw new RulePackException(resource + ": cannot be read: " + e.getMessage());
            }
        }
        return new JurisdictionProfiles(profiles);
    }

    /**
     * These profiles plus the one in the file, which replaces a profile with the same id.
     *
     * @param file a profile file
     * @return a new set of profiles; this one is unchanged
     * @throws RulePackException when the file cannot be read or is malformed, naming its lines
     */
    public JurisdictionProfiles with(Path file) {
        KeyValueFile values;
        try {
            values = KeyValueFile.read(file);
        } catch (IllegalArgumentException e) {
            throw new RulePackException(e.getMessage());
        }
        return with(parse(values));
    }

    /**
     * These profiles plus the given one, which replaces a profile with the same id.
     *
     * @param profile the profile
     * @return a new set of profiles; this one is unchanged
     */
    public JurisdictionProfiles with(JurisdictionProfile profile) {
        Map<String, JurisdictionProfile> copy = new LinkedHashMap<>(byId);
        copy.put(profile.id(), profile);
        return new JurisdictionProfiles(copy);
    }

    /**
     * The profile with this id.
     *
     * @param id a profile id, e.g. {@code US-UT}
     * @return the profile, or {@code null} when none has this id
     */
    public JurisdictionProfile get(String id) {
        return byId.get(id);
    }

    /**
     * The loaded profiles' ids.
     *
     * @return the ids, sorted
     */
    public Set<String> ids() {
        return byId.keySet();
    }

    /**
     * Parses and checks one profile; every problem is reported at once, each with its line. Internal: takes an
     * internal type, and will leave the API.
     *
     * @param file the profile's keys and values
     * @return the profile
     * @throws RulePackException when the profile is malformed
     */
    public static JurisdictionProfile parse(KeyValueFile file) {
        List<String> problems = new ArrayList<>();
        for (String key : REQUIRED) {
            if (file.get(key) == null) {
                problems.add(file.problem(key + ": required"));
            }
        }
        Integer minimumAge = null;
        Map<Credential, BigDecimal> unsupervised = new EnumMap<>(Credential.class);
        Map<Credential, BigDecimal> supervised = new EnumMap<>(Credential.class);
        Set<Setting> prpSettings = EnumSet.noneOf(Setting.class);
        Set<Credential> rfCredentials = EnumSet.noneOf(Credential.class);
        for (KeyValueFile.Entry entry : file.entries()) {
            String key = entry.key();
            try {
                if (REQUIRED.contains(key) && !key.contains(".") && entry.value().isEmpty()) {
                    problems.add(file.problem(entry, "must not be empty"));
                } else if (key.equals("minimumAgeYears")) {
                    minimumAge = Integer.valueOf(entry.value());
                    if (minimumAge < 0 || minimumAge > 120) {
                        problems.add(file.problem(entry, "must be between 0 and 120"));
                    }
                } else if (key.startsWith("unsupervised.") || key.startsWith("supervised.")) {
                    Credential credential = credentialKey(file, entry, problems);
                    if (credential != null) {
                        (key.startsWith("un") ? unsupervised : supervised).put(credential, depth(entry.value()));
                    }
                } else if (key.equals("prp.settings")) {
                    for (String code : codes(entry.value())) {
                        prpSettings.add(Setting.valueOf(code));
                    }
                } else if (key.equals("rf.credentials")) {
                    for (String code : codes(entry.value())) {
                        Credential credential = Credential.valueOf(code);
                        if (UNLICENSED.contains(credential)) {
                            problems.add(file.problem(entry, unlicensed(credential)));
                        }
                        rfCredentials.add(credential);
                    }
                } else if (!REQUIRED.contains(key)) {
                    problems.add(file.problem(entry, "unknown key"));
                }
            } catch (IllegalArgumentException e) {
                problems.add(file.problem(entry, "bad value '" + entry.value() + "': " + plain(e)));
            }
        }
        if (!problems.isEmpty()) {
            throw new RulePackException("malformed jurisdiction profile\n  " + String.join("\n  ", problems));
        }
        return new JurisdictionProfile(file.get("id").value(), file.get("version").value(), file.get("name").value(),
                file.get("source").value(), file.get("note").value(), minimumAge, unsupervised, supervised,
                prpSettings, rfCredentials);
    }

    /**
     * The credential named in an {@code unsupervised.X} or {@code supervised.X} key, or {@code null} (with a problem)
     * when it is unknown or unlicensed.
     */
    private static Credential credentialKey(KeyValueFile file, KeyValueFile.Entry entry, List<String> problems) {
        String code = entry.key().substring(entry.key().indexOf('.') + 1);
        Credential credential;
        try {
            credential = Credential.valueOf(code);
        } catch (IllegalArgumentException e) {
            problems.add(file.problem(entry, "unknown credential " + code));
            return null;
        }
        if (UNLICENSED.contains(credential)) {
            problems.add(file.problem(entry, unlicensed(credential)));
            return null;
        }
        return credential;
    }

    private static String unlicensed(Credential credential) {
        return "a profile may not permit " + credential + ": unlicensed or certificate-only practice is refused"
                + " everywhere (knowledge base D-04; the MMWR HIV cluster was at an unlicensed spa)";
    }

    private static BigDecimal depth(String value) {
        if (value.equals("any")) {
            return ANY_DEPTH;
        }
        BigDecimal depth = new BigDecimal(value);
        if (depth.signum() <= 0 || depth.compareTo(ANY_DEPTH) > 0) {
            throw new IllegalArgumentException("a depth must be > 0 and <= 3.5, or 'any'");
        }
        return depth;
    }

    private static List<String> codes(String value) {
        List<String> codes = new ArrayList<>();
        for (String code : value.split(",")) {
            if (!code.isBlank()) {
                codes.add(code.strip());
            }
        }
        return codes;
    }

    private static String plain(IllegalArgumentException e) {
        String message = e.getMessage();
        if (message != null && message.startsWith("No enum constant ")) {
            return "unknown code " + message.substring(message.lastIndexOf('.') + 1);
        }
        return e instanceof NumberFormatException ? "not a number" : message;
    }

    private static String resourceText(ClassLoader loader, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new RulePackException(resource + " is not on the class path: is needlesafe-rules-drl there?");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new RulePackException(resource + ": cannot be read: " + e.getMessage());
        }
    }
}
