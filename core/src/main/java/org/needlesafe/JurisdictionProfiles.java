package org.needlesafe;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.needlesafe.internal.KeyValueFile;
import org.needlesafe.jurisdiction.Jurisdiction;
import org.needlesafe.jurisdiction.JurisdictionProfile;
import org.needlesafe.jurisdiction.RestrictedProcedures;
import org.needlesafe.plan.PlannedArea;
import org.needlesafe.practitioner.Credential;
import org.needlesafe.setup.Setting;

/**
 * The loaded jurisdiction profiles, by id: the built-in ones shipped with the rule pack (listed in
 * {@code needlesafe/jurisdictions/index}) plus any a user adds or overrides from a file. Immutable.
 *
 * <p>A profile file is {@code key = value} lines: the profile's {@code id} and {@code name}, then one
 * {@code [version LABEL]} section per version, in date order:
 * <pre>
 * id = US-UT
 * name = Utah, United States
 *
 * [version 2026-12]
 * validFrom = 2026-01-01                      (empty or "not yet set" while the law's start is unknown)
 * validUntil = 2027-12-31                     (optional; otherwise until the next version starts)
 * source = Utah Code 58-11a-302.18 (SB 330, 2025)
 * lastChecked = 2026-12-01
 * note = Verify against current law.
 * minimumAgeYears = 18                        (optional)
 * unsupervised.MASTER_ESTHETICIAN = 1.5       (deepest depth in mm, or "any"; absent = not allowed)
 * supervised.MASTER_ESTHETICIAN = any         (the same, with a supervising physician)
 * prp.settings = MEDICAL_CLINIC               (comma-separated; may be empty)
 * rf.credentials = DERMATOLOGIST, PHYSICIAN   (comma-separated; may be empty)
 * settings = MEDICAL_CLINIC, LICENSED_PREMISES (optional: the only settings where microneedling may be done)
 * restricted.fromDepthMm = 1.5                (optional, with restricted.rf and restricted.settings: microneedling
 * restricted.rf = true                         this deep, or RF at any depth, only in these settings)
 * restricted.settings = MEDICAL_CLINIC
 * generalNursingMinYears.REGISTERED_NURSE = 1 (optional: years of general nursing before cosmetic procedures)
 * under18CoolingOffDays = 7                   (optional: days from the consultation for a patient under 18)
 * </pre>
 * A file without sections is one version: its keys are those of a section plus {@code id}, {@code version} and
 * {@code name}, and {@code validFrom} may be left out (the version then applies from the earliest date a case may
 * carry). A malformed profile, or versions that overlap, are out of date order or repeat a label, fail with the
 * file, the line and what is wrong. No profile may permit {@code CERTIFIED_TECHNICIAN} or {@code NONE} (knowledge
 * base D-04: unlicensed practice is refused everywhere).
 */
public final class JurisdictionProfiles {
    static final String INDEX = "needlesafe/jurisdictions/index";
    /** The earliest date a case may carry: where the oldest reading of a profile starts. */
    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    /** Credentials no profile may permit: no licence at all, or a course certificate only (KB D-04). */
    private static final Set<Credential> UNLICENSED = EnumSet.of(Credential.CERTIFIED_TECHNICIAN, Credential.NONE);
    private static final Set<String> REQUIRED = Set.of("source", "lastChecked", "note", "prp.settings",
            "rf.credentials");
    private static final Set<String> FLAT_REQUIRED = Set.of("id", "version", "name");
    private static final String NOT_YET_SET = "not yet set";

    private final Map<String, Jurisdiction> byId;

    private JurisdictionProfiles(Map<String, Jurisdiction> byId) {
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
        Map<String, Jurisdiction> profiles = new LinkedHashMap<>();
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
                Jurisdiction profile = parse(readSections(resource, in));
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
        List<KeyValueFile> sections;
        try {
            sections = KeyValueFile.readSections(file);
        } catch (IllegalArgumentException e) {
            throw new RulePackException(e.getMessage());
        }
        return with(parse(sections));
    }

    /**
     * These profiles plus the given one, which replaces a profile with the same id.
     *
     * @param profile the profile
     * @return the profiles with it
     */
    public JurisdictionProfiles with(Jurisdiction profile) {
        Map<String, Jurisdiction> copy = new LinkedHashMap<>(byId);
        copy.put(profile.id(), profile);
        return new JurisdictionProfiles(copy);
    }

    /**
     * These profiles plus a profile of this one version, which replaces a profile with the same id.
     *
     * @param version the profile's only version
     * @return the profiles with it
     */
    public JurisdictionProfiles with(JurisdictionProfile version) {
        return with(new Jurisdiction(version.id(), version.name(), List.of(version)));
    }

    /**
     * The profile with this id.
     *
     * @param id e.g. {@code US-UT}
     * @return the profile, or {@code null}
     */
    public Jurisdiction get(String id) {
        return byId.get(id);
    }

    /**
     * The version of the profile with this id that applies on the day.
     *
     * @param id  e.g. {@code US-UT}
     * @param day the day
     * @return the version, or {@code null} when there is no such profile or no version applies
     */
    public JurisdictionProfile versionOn(String id, LocalDate day) {
        Jurisdiction profile = byId.get(id);
        return profile == null ? null : profile.versionOn(day);
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
     * Parses and checks one profile: the file's untitled head and its {@code [version ...]} sections, as {@link
     * KeyValueFile#readSections} reads them. Every problem is reported at once, each with its line.
     *
     * @param sections the head, then each section
     * @return the profile
     * @throws RulePackException listing every problem, each with its line
     */
    private static Jurisdiction parse(List<KeyValueFile> sections) {
        List<String> problems = new ArrayList<>();
        KeyValueFile head = sections.get(0);
        List<JurisdictionProfile> versions = new ArrayList<>();
        List<KeyValueFile> versionSections = new ArrayList<>();
        String id;
        String name;
        if (sections.size() == 1) {
            for (String key : FLAT_REQUIRED) {
                if (head.get(key) == null) {
                    problems.add(head.problem(key + ": required"));
                }
            }
            id = value(head, "id");
            name = value(head, "name");
            versions.add(version(head, id, name, value(head, "version"), problems));
            versionSections.add(head);
        } else {
            for (KeyValueFile.Entry entry : head.entries()) {
                if (!entry.key().equals("id") && !entry.key().equals("name")) {
                    problems.add(head.problem(entry, "unknown key before the first [version ...] section"
                            + " (only id and name belong there)"));
                }
            }
            for (String key : List.of("id", "name")) {
                if (head.get(key) == null) {
                    problems.add(head.problem(key + ": required"));
                } else if (head.get(key).value().isEmpty()) {
                    problems.add(head.problem(head.get(key), "must not be empty"));
                }
            }
            id = value(head, "id");
            name = value(head, "name");
            for (KeyValueFile section : sections.subList(1, sections.size())) {
                String label = section.title().startsWith("version ") ? section.title().substring(8).strip() : "";
                if (label.isEmpty()) {
                    problems.add(section.problem("a section title must be 'version LABEL'"));
                    continue;
                }
                versions.add(version(section, id, name, label, problems));
                versionSections.add(section);
            }
        }
        if (problems.isEmpty()) {
            versions = inDateOrder(versions, versionSections, problems);
        }
        if (!problems.isEmpty()) {
            throw new RulePackException("malformed jurisdiction profile\n  " + String.join("\n  ", problems));
        }
        return new Jurisdiction(id, name, versions);
    }

    /**
     * Checks that the versions are in date order and do not overlap, and gives each dated version without an end
     * the day before the next one's start as its end.
     */
    private static List<JurisdictionProfile> inDateOrder(List<JurisdictionProfile> versions,
                                                         List<KeyValueFile> sections, List<String> problems) {
        Map<String, Integer> labels = new HashMap<>();
        JurisdictionProfile previous = null;
        boolean placeholderSeen = false;
        for (int i = 0; i < versions.size(); i++) {
            JurisdictionProfile version = versions.get(i);
            KeyValueFile section = sections.get(i);
            Integer earlier = labels.putIfAbsent(version.version(), section.titleLine());
            if (earlier != null) {
                problems.add(section.problem("version " + version.version() + " is already defined on line "
                        + earlier));
            }
            KeyValueFile.Entry from = section.get("validFrom");
            if (version.validFrom() == null) {
                placeholderSeen = true;
                if (version.validUntil() != null) {
                    problems.add(section.problem(section.get("validUntil"),
                            "a version whose start is not yet set cannot have an end"));
                }
                continue;
            }
            if (placeholderSeen) {
                problems.add(section.problem(from, "versions must be in date order, and a version whose start is"
                        + " not yet set comes after every dated one"));
            } else if (previous != null && !version.validFrom().isAfter(lastDay(previous))) {
                problems.add(section.problem(from, version.validFrom() + " overlaps version " + previous.version()
                        + " (" + Jurisdiction.span(previous) + "): versions must be in date order and must not"
                        + " overlap"));
            }
            previous = version;
        }
        if (previous == null && problems.isEmpty()) {
            problems.add(sections.get(0).name() + ": no version has a start date (validFrom)");
        }
        if (!problems.isEmpty()) {
            return versions;
        }
        List<JurisdictionProfile> ended = new ArrayList<>(versions);
        for (int i = 0; i + 1 < ended.size(); i++) {
            JurisdictionProfile version = ended.get(i);
            LocalDate nextStart = ended.get(i + 1).validFrom();
            if (version.validUntil() == null && nextStart != null) {
                ended.set(i, withEnd(version, nextStart.minusDays(1)));
            }
        }
        return ended;
    }

    /** The last day a dated version could apply, for the overlap check: its end, or its start when it has none. */
    private static LocalDate lastDay(JurisdictionProfile version) {
        return version.validUntil() == null ? version.validFrom() : version.validUntil();
    }

    private static JurisdictionProfile withEnd(JurisdictionProfile v, LocalDate end) {
        return new JurisdictionProfile(v.id(), v.version(), v.name(), v.validFrom(), end, v.source(), v.lastChecked(),
                v.note(), v.minimumAgeYears(), v.unsupervisedMaxDepthMm(), v.supervisedMaxDepthMm(), v.prpSettings(),
                v.rfCredentials(), v.settings(), v.restricted(), v.generalNursingMinYears(),
                v.under18CoolingOffDays());
    }

    /** Parses one version: a section, or a whole file without sections. */
    private static JurisdictionProfile version(KeyValueFile file, String id, String name, String label,
                                               List<String> problems) {
        boolean flat = file.title() == null;
        for (String key : REQUIRED) {
            if (file.get(key) == null) {
                problems.add(file.problem(key + ": required"));
            }
        }
        if (!flat && file.get("validFrom") == null) {
            problems.add(file.problem("validFrom: required (leave it empty while the start is not yet set)"));
        }
        LocalDate validFrom = flat && file.get("validFrom") == null ? EARLIEST : null;
        LocalDate validUntil = null;
        LocalDate lastChecked = null;
        Integer minimumAge = null;
        Integer coolingOff = null;
        Map<Credential, BigDecimal> unsupervised = new EnumMap<>(Credential.class);
        Map<Credential, BigDecimal> supervised = new EnumMap<>(Credential.class);
        Map<Credential, Integer> generalNursing = new EnumMap<>(Credential.class);
        Set<Setting> prpSettings = EnumSet.noneOf(Setting.class);
        Set<Credential> rfCredentials = EnumSet.noneOf(Credential.class);
        Set<Setting> settings = EnumSet.noneOf(Setting.class);
        BigDecimal restrictedFrom = null;
        boolean restrictedRf = false;
        Set<Setting> restrictedSettings = null;
        for (KeyValueFile.Entry entry : file.entries()) {
            String key = entry.key();
            try {
                if ((REQUIRED.contains(key) && !key.contains(".") || flat && FLAT_REQUIRED.contains(key))
                        && entry.value().isEmpty()) {
                    problems.add(file.problem(entry, "must not be empty"));
                } else if (flat && FLAT_REQUIRED.contains(key)) {
                    continue;
                } else if (key.equals("validFrom")) {
                    validFrom = entry.value().isEmpty() || entry.value().equals(NOT_YET_SET) ? null
                            : date(entry.value());
                } else if (key.equals("validUntil")) {
                    validUntil = date(entry.value());
                } else if (key.equals("lastChecked")) {
                    lastChecked = date(entry.value());
                } else if (key.equals("minimumAgeYears")) {
                    minimumAge = whole(entry.value(), 120);
                } else if (key.equals("under18CoolingOffDays")) {
                    coolingOff = whole(entry.value(), 365);
                } else if (key.startsWith("unsupervised.") || key.startsWith("supervised.")
                        || key.startsWith("generalNursingMinYears.")) {
                    Credential credential = credentialKey(file, entry, problems);
                    if (credential != null && key.startsWith("generalNursingMinYears.")) {
                        generalNursing.put(credential, whole(entry.value(), 50));
                    } else if (credential != null) {
                        (key.startsWith("un") ? unsupervised : supervised).put(credential, depth(entry.value()));
                    }
                } else if (key.equals("prp.settings")) {
                    prpSettings.addAll(settings(entry.value()));
                } else if (key.equals("settings")) {
                    settings.addAll(settings(entry.value()));
                } else if (key.equals("restricted.fromDepthMm")) {
                    restrictedFrom = depth(entry.value());
                } else if (key.equals("restricted.rf")) {
                    restrictedRf = yesOrNo(entry.value());
                } else if (key.equals("restricted.settings")) {
                    restrictedSettings = settings(entry.value());
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
            } catch (IllegalArgumentException | DateTimeException e) {
                problems.add(file.problem(entry, "bad value '" + entry.value() + "': " + plain(e)));
            }
        }
        if (validUntil != null && validFrom != null && validUntil.isBefore(validFrom)) {
            problems.add(file.problem(file.get("validUntil"), "is before validFrom " + validFrom));
        }
        RestrictedProcedures restricted = null;
        if (restrictedFrom != null && restrictedSettings != null) {
            restricted = new RestrictedProcedures(restrictedFrom, restrictedRf, restrictedSettings);
        } else if (restrictedFrom != null || restrictedSettings != null || file.get("restricted.rf") != null) {
            problems.add(file.problem("restricted.fromDepthMm and restricted.settings: both required when either"
                    + " or restricted.rf is set"));
        }
        return new JurisdictionProfile(id, label, name, validFrom, validUntil, value(file, "source"), lastChecked,
                value(file, "note"), minimumAge, unsupervised, supervised, prpSettings, rfCredentials, settings,
                restricted, generalNursing, coolingOff);
    }

    private static String value(KeyValueFile file, String key) {
        KeyValueFile.Entry entry = file.get(key);
        return entry == null ? null : entry.value();
    }

    /**
     * The credential named in an {@code unsupervised.X}, {@code supervised.X} or {@code generalNursingMinYears.X}
     * key, or {@code null} (with a problem) when it is unknown or unlicensed.
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
            return PlannedArea.MAX_DEPTH_MM;
        }
        BigDecimal depth = new BigDecimal(value);
        if (depth.signum() <= 0 || depth.compareTo(PlannedArea.MAX_DEPTH_MM) > 0) {
            throw new IllegalArgumentException("a depth must be > 0 and <= " + PlannedArea.MAX_DEPTH_MM + ", or 'any'");
        }
        return depth;
    }

    private static int whole(String value, int max) {
        int number = Integer.parseInt(value);
        if (number < 0 || number > max) {
            throw new IllegalArgumentException("must be between 0 and " + max);
        }
        return number;
    }

    private static LocalDate date(String value) {
        LocalDate date = LocalDate.parse(value);
        if (date.isBefore(EARLIEST) || date.getYear() > 9999) {
            throw new IllegalArgumentException("must be a date from " + EARLIEST + " to 9999-12-31");
        }
        return date;
    }

    private static boolean yesOrNo(String value) {
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("must be true or false");
        };
    }

    private static Set<Setting> settings(String value) {
        Set<Setting> settings = EnumSet.noneOf(Setting.class);
        for (String code : codes(value)) {
            settings.add(Setting.valueOf(code));
        }
        return settings;
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

    private static String plain(RuntimeException e) {
        String message = e.getMessage();
        if (message != null && message.startsWith("No enum constant ")) {
            return "unknown code " + message.substring(message.lastIndexOf('.') + 1);
        }
        if (e instanceof NumberFormatException) {
            return "not a number";
        }
        return e instanceof DateTimeException ? "not a date (YYYY-MM-DD)" : message;
    }

    private static List<KeyValueFile> readSections(String resource, InputStream in) {
        try {
            return KeyValueFile.readSections(resource, in);
        } catch (IllegalArgumentException e) {
            throw new RulePackException(e.getMessage());
        }
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
