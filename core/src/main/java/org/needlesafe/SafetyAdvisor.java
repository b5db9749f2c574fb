package org.needlesafe;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.needlesafe.clearance.Clearances;
import org.needlesafe.configuration.ClinicConfiguration;
import org.needlesafe.jurisdiction.JurisdictionProfile;
import org.needlesafe.jurisdiction.JurisdictionProfiles;
import org.needlesafe.plan.Area;
import org.needlesafe.plan.PlannedArea;
import org.needlesafe.rules.CaseFacts;
import org.needlesafe.rules.Report;
import org.needlesafe.rules.Screening;
import org.needlesafe.rules.UnknownAnswer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a planned microneedling treatment into an explained safety decision. Build one per application and share
 * it: it is immutable and thread-safe, and the rules are compiled once, when it is built.
 *
 * <pre>{@code
 * SafetyAdvisor advisor = SafetyAdvisor.builder().build();
 * Assessment assessment = advisor.assess(treatmentCase);
 * }</pre>
 *
 * <p>Logs carry a salted hash of the case id, rule ids and timings, never patient data.
 */
public final class SafetyAdvisor implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SafetyAdvisor.class);

    private final RuleEngine engine;
    private final JurisdictionProfiles jurisdictions;
    private final ClinicConfiguration configuration;
    private final String rulesetVersion;
    private final Map<String, RuleDescription> rulesById;
    private final byte[] logSalt;

    private SafetyAdvisor(Builder builder) {
        ClassLoader loader = builder.classLoader;
        JurisdictionProfiles profiles = JurisdictionProfiles.builtIn(loader);
        for (Path file : builder.profileFiles) {
            profiles = profiles.with(file);
        }
        for (JurisdictionProfile profile : builder.profiles) {
            profiles = profiles.with(profile);
        }
        this.jurisdictions = profiles;
        this.configuration = builder.configuration;
        this.engine = builder.ruleFiles.isEmpty()
                ? RuleEngine.fromClassPath(loader, builder.poolSize)
                : RuleEngine.fromFiles(builder.ruleFiles, builder.poolSize);
        this.rulesetVersion = builder.ruleFiles.isEmpty() ? RulesetVersion.read(loader) : "custom";
        Map<String, RuleDescription> byId = new LinkedHashMap<>();
        engine.rules().values().stream()
                .sorted((a, b) -> a.id().compareTo(b.id()))
                .forEach(rule -> byId.put(rule.id(), rule));
        this.rulesById = Map.copyOf(byId);
        this.logSalt = new byte[16];
        new SecureRandom().nextBytes(logSalt);
        LOG.info("needlesafe rule set {} loaded: {} rules, {} jurisdiction profiles", rulesetVersion,
                rulesById.size(), jurisdictions.ids().size());
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Assesses one case.
     *
     * @throws InvalidCaseException when the case is structurally invalid; it lists every problem
     */
    public Assessment assess(TreatmentCase treatment) {
        long started = System.nanoTime();
        List<Problem> problems = validate(treatment);
        if (!problems.isEmpty()) {
            throw new InvalidCaseException(problems);
        }
        List<UnknownAnswer> unknown = Screening.unknownAnswers(treatment);
        List<Area> planned = new ArrayList<>(treatment.plan().areas().size());
        for (PlannedArea area : treatment.plan().areas()) {
            planned.add(area.area());
        }
        JurisdictionProfile profile = jurisdictions.get(treatment.jurisdiction());
        Report report = new Report(engine.rules(), planned);
        List<String> firedNames = engine.run(CaseFacts.of(treatment, profile, configuration, unknown), report);

        List<Finding> findings = Clearances.apply(report.findings(), treatment.clearances(), rulesById,
                configuration.clearanceValidDays(), treatment.assessmentDate());
        List<String> missing = new ArrayList<>(unknown.size());
        unknown.forEach(answer -> missing.add(answer.path()));
        // Fail-safe whatever the rule pack says: an unknown required answer never lets the case proceed today.
        Decision floor = missing.isEmpty() ? Decision.PROCEED : Decision.DEFER;
        Rollup rollup = Rollup.of(findings, planned, floor);
        boolean goesAhead = rollup.decision().treatableToday();

        List<String> fired = new ArrayList<>(firedNames.size());
        firedNames.forEach(name -> fired.add(engine.rules().get(name).id()));
        Assessment assessment = new Assessment(Assessment.FORMAT_VERSION, treatment.caseId(), rollup.decision(),
                rulesetVersion, new JurisdictionRef(profile.id(), profile.version()), configuration.asMap(), findings,
                rollup.areaDecisions(), missing,
                goesAhead ? report.sideEffects() : List.of(),
                goesAhead ? report.aftercare() : List.of(),
                goesAhead ? report.nextSessionEarliest() : null,
                fired);
        if (LOG.isDebugEnabled()) {
            LOG.debug("case {} assessed in {} us: {} by rules {}", caseHash(treatment.caseId()),
                    (System.nanoTime() - started) / 1000, assessment.decision(), fired);
        }
        return assessment;
    }

    /** Every structural problem with the case, each with its JSON path; empty when it can be assessed. */
    public List<Problem> validate(TreatmentCase treatment) {
        return CaseValidator.validate(treatment, jurisdictions.ids());
    }

    /** The loaded rules, by id: the rule catalogue. */
    public Collection<RuleDescription> rules() {
        return rulesById.values();
    }

    public JurisdictionProfiles jurisdictions() {
        return jurisdictions;
    }

    public ClinicConfiguration configuration() {
        return configuration;
    }

    public String rulesetVersion() {
        return rulesetVersion;
    }

    /** Releases the compiled rules and pooled sessions. */
    @Override
    public void close() {
        engine.close();
    }

    private String caseHash(String caseId) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(logSalt);
            digest.update(String.valueOf(caseId).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest(), 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Configures a {@link SafetyAdvisor}; everything has a sensible default. */
    public static final class Builder {
        private ClassLoader classLoader = SafetyAdvisor.class.getClassLoader();
        private ClinicConfiguration configuration = ClinicConfiguration.defaults();
        private final List<Path> profileFiles = new ArrayList<>();
        private final List<JurisdictionProfile> profiles = new ArrayList<>();
        private final List<Path> ruleFiles = new ArrayList<>();
        private int poolSize = Math.max(2, Runtime.getRuntime().availableProcessors());

        private Builder() {
        }

        /** Where the rule pack ({@code kmodule.xml}, DRL, built-in profiles) is found. */
        public Builder classLoader(ClassLoader classLoader) {
            this.classLoader = Objects.requireNonNull(classLoader, "classLoader");
            return this;
        }

        /** The clinic's thresholds and timing windows; the knowledge base's defaults if not set. */
        public Builder configuration(ClinicConfiguration configuration) {
            this.configuration = Objects.requireNonNull(configuration, "configuration");
            return this;
        }

        /** Reads the clinic's thresholds from a {@code key = value} file. */
        public Builder configurationFile(Path file) {
            return configuration(ClinicConfiguration.fromFile(file));
        }

        /** Adds a jurisdiction profile from a file, replacing a built-in one with the same id. */
        public Builder jurisdictionProfile(Path file) {
            profileFiles.add(Objects.requireNonNull(file, "file"));
            return this;
        }

        /** Adds a jurisdiction profile, replacing one with the same id. */
        public Builder jurisdictionProfile(JurisdictionProfile profile) {
            profiles.add(Objects.requireNonNull(profile, "profile"));
            return this;
        }

        /** Uses these DRL files instead of the class path's rule pack (for rule authors and tests). */
        public Builder ruleFiles(List<Path> drlFiles) {
            ruleFiles.addAll(drlFiles);
            return this;
        }

        /** How many rule sessions are kept ready for concurrent assessments. */
        public Builder sessionPoolSize(int size) {
            if (size < 1) {
                throw new IllegalArgumentException("sessionPoolSize must be >= 1, was " + size);
            }
            this.poolSize = size;
            return this;
        }

        /**
         * Compiles the rules and loads the profiles.
         *
         * @throws RulePackException when a rule does not compile or lacks metadata, or a profile is malformed
         */
        public SafetyAdvisor build() {
            return new SafetyAdvisor(this);
        }
    }
}
