package org.needlesafe;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.needlesafe.audit.AuditRecord;
import org.needlesafe.audit.AuditSink;
import org.needlesafe.configuration.ClinicConfiguration;
import org.needlesafe.jurisdiction.JurisdictionProfile;
import org.needlesafe.jurisdiction.JurisdictionProfiles;
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
 * <p>Logs carry a salted hash of the case id, rule ids and timings, never patient data. With an {@link AuditSink},
 * every assessment also leaves one {@code ASSESSMENT} audit record with the same hash, the rule set's version and
 * content hash ({@link #rulesetHash()}), the configuration, the rules that fired and the decision.
 */
public final class SafetyAdvisor implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SafetyAdvisor.class);

    private final RuleEngine engine;
    private final JurisdictionProfiles jurisdictions;
    private final ClinicConfiguration configuration;
    private final String rulesetVersion;
    private final Map<String, RuleDescription> rulesById;
    private final String rulesetHash;
    private final AuditSink auditSink;
    private final SecretKeySpec caseIdKey;

    private SafetyAdvisor(Builder builder) {
        ClassLoader loader = builder.classLoader;
        // Everything that can fail cheaply is read before the rules are compiled; whatever fails after, the engine is
        // closed again: an advisor is either whole or not built at all.
        JurisdictionProfiles profiles = JurisdictionProfiles.builtIn(loader);
        for (Path file : builder.profileFiles) {
            profiles = profiles.with(file);
        }
        for (JurisdictionProfile profile : builder.profiles) {
            profiles = profiles.with(profile);
        }
        this.jurisdictions = profiles;
        this.configuration = builder.configuration;
        this.rulesetVersion = builder.ruleFiles.isEmpty() ? RulesetVersion.read(loader) : "custom";
        this.auditSink = builder.auditSink;
        byte[] salt = builder.auditSalt;
        if (salt == null) {
            salt = new byte[32];
            new SecureRandom().nextBytes(salt);
        }
        this.caseIdKey = new SecretKeySpec(salt, "HmacSHA256");
        this.engine = builder.ruleFiles.isEmpty()
                ? RuleEngine.fromClassPath(loader, builder.poolSize)
                : RuleEngine.fromFiles(builder.ruleFiles, builder.poolSize);
        try {
            Map<String, RuleDescription> byId = new LinkedHashMap<>();
            engine.rules().values().stream()
                    .sorted((a, b) -> a.id().compareTo(b.id()))
                    .forEach(rule -> byId.put(rule.id(), rule));
            this.rulesById = Map.copyOf(byId);
            this.rulesetHash = RulesetHash.of(engine.sources(), jurisdictions);
        } catch (RuntimeException e) {
            engine.close();
            throw e;
        }
        LOG.info("needlesafe rule set {} loaded: {} rules, {} jurisdiction profiles, content hash {}", rulesetVersion,
                rulesById.size(), jurisdictions.ids().size(), rulesetHash);
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
        return assess(check(treatment));
    }

    /**
     * Validates one case, once.
     *
     * @return the case, ready to assess with {@link #assess(ValidCase)}
     * @throws InvalidCaseException when the case is structurally invalid; it lists every problem
     */
    public ValidCase check(TreatmentCase treatment) {
        List<Problem> problems = validate(treatment);
        if (!problems.isEmpty()) {
            throw new InvalidCaseException(problems);
        }
        return new ValidCase(treatment, this);
    }

    /** Assesses a case this advisor has checked without validating it again (one another advisor checked is). */
    public Assessment assess(ValidCase valid) {
        long started = System.nanoTime();
        TreatmentCase treatment = valid.checkedBy(this) ? valid.treatment() : check(valid.treatment()).treatment();
        JurisdictionProfile profile = jurisdictions.get(treatment.jurisdiction());
        Assessment assessment = Decider.decide(treatment, profile, configuration, engine.rules(), rulesById,
                rulesetVersion, engine);
        List<String> fired = assessment.firedRules();
        String caseIdHash = caseIdHash(treatment.caseId());
        if (LOG.isDebugEnabled()) {
            LOG.debug("case {} assessed in {} us: {} by rules {}", caseIdHash == null ? "-" : caseIdHash,
                    (System.nanoTime() - started) / 1000, assessment.decision(), fired);
        }
        if (auditSink != AuditSink.NONE) {
            // Recorded before the assessment is returned; a sink that cannot record throws, and so does assess().
            auditSink.record(new AuditRecord(Instant.now(), "ASSESSMENT", caseIdHash, rulesetVersion, rulesetHash,
                    assessment.configuration(), fired, assessment.decision().name(),
                    Map.of("jurisdictionProfile", profile.id(), "jurisdictionProfileVersion", profile.version())));
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

    /**
     * The rule set's content hash: SHA-256, in hex, over the text of every DRL source compiled into the rules and the
     * loaded jurisdiction profiles. Equal hashes mean the same rules and profiles, whatever the version says.
     */
    public String rulesetHash() {
        return rulesetHash;
    }

    /**
     * The pseudonym of a case id in logs and audit records: HMAC-SHA256 keyed with the audit salt, the first 16 bytes
     * in hex; {@code null} for a case without an id. Stable for one advisor; across advisors only with the same
     * {@link Builder#auditSalt salt}.
     */
    public String caseIdHash(String caseId) {
        if (caseId == null) {
            return null;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(caseIdKey);
            return HexFormat.of().formatHex(mac.doFinal(caseId.getBytes(StandardCharsets.UTF_8)), 0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /** Sessions taken from the pool and not yet returned (for leak tests and health checks). */
    int sessionsInUse() {
        return engine.sessionsInUse();
    }

    /** Sessions taken from the pool since the advisor was built. */
    long sessionsOpened() {
        return engine.sessionsOpened();
    }

    /** Releases the compiled rules and pooled sessions. */
    @Override
    public void close() {
        engine.close();
    }

    /** Configures a {@link SafetyAdvisor}; everything has a sensible default. */
    public static final class Builder {
        private ClassLoader classLoader = SafetyAdvisor.class.getClassLoader();
        private ClinicConfiguration configuration = ClinicConfiguration.defaults();
        private final List<Path> profileFiles = new ArrayList<>();
        private final List<JurisdictionProfile> profiles = new ArrayList<>();
        private final List<Path> ruleFiles = new ArrayList<>();
        private int poolSize = Math.max(2, Runtime.getRuntime().availableProcessors());
        private AuditSink auditSink = AuditSink.NONE;
        private byte[] auditSalt;

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

        /**
         * Reads the clinic's thresholds from a {@code key = value} file.
         *
         * @throws IllegalArgumentException when the file cannot be read or is malformed; the message names the file,
         *                                  and for each bad line the line, the key and the problem
         */
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
         * Where an {@code ASSESSMENT} record of every assessment goes; {@link AuditSink#NONE} (nothing) if not set.
         * The sink is called on the assessing thread before {@code assess} returns, so it must be thread-safe.
         */
        public Builder auditSink(AuditSink sink) {
            this.auditSink = Objects.requireNonNull(sink, "auditSink");
            return this;
        }

        /**
         * The secret key of the case-id hash in logs and audit records (at least 16 bytes). Without it each advisor
         * draws a random one, so hashes cannot be correlated across restarts; give the same secret to correlate
         * them, and keep it as secret as a password: with it, a guessable case id can be confirmed.
         */
        public Builder auditSalt(byte[] salt) {
            Objects.requireNonNull(salt, "auditSalt");
            if (salt.length < 16) {
                throw new IllegalArgumentException("auditSalt must be at least 16 bytes, was " + salt.length);
            }
            this.auditSalt = salt.clone();
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
