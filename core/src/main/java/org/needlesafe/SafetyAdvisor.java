package org.needlesafe;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.needlesafe.audit.AuditRecord;
import org.needlesafe.audit.AuditSink;
import org.needlesafe.configuration.ClinicConfiguration;
import org.needlesafe.jurisdiction.Jurisdiction;
import org.needlesafe.jurisdiction.JurisdictionProfile;
import org.needlesafe.text.Language;
import org.needlesafe.text.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a planned microneedling treatment into an explained safety decision. Build one per application and share
 * it: it is immutable and thread-safe, and the rules are loaded once, when it is built.
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

    private final LoadedRules pack;
    private final JurisdictionProfiles jurisdictions;
    private final ClinicConfiguration configuration;
    private final AuditSink auditSink;
    private final SecretKeySpec caseIdKey;
    private final AtomicBoolean closed = new AtomicBoolean();

    private SafetyAdvisor(Builder builder) {
        ClassLoader loader = builder.classLoader;
        // Everything that can fail cheaply is read before the rules are compiled: an advisor is either whole or not
        // built at all.
        JurisdictionProfiles profiles = JurisdictionProfiles.builtIn(loader);
        for (Path file : builder.profileFiles) {
            profiles = profiles.with(file);
        }
        for (Jurisdiction profile : builder.profiles) {
            profiles = profiles.with(profile);
        }
        this.jurisdictions = profiles;
        this.configuration = builder.configurationFile == null ? builder.configuration
                : readConfiguration(builder.configurationFile);
        this.auditSink = builder.auditSink;
        byte[] salt = builder.auditSalt;
        if (salt == null) {
            salt = new byte[32];
            new SecureRandom().nextBytes(salt);
        }
        this.caseIdKey = new SecretKeySpec(salt, "HmacSHA256");
        this.pack = engine().load(loader, List.copyOf(builder.ruleFiles), builder.poolSize, jurisdictions);
        LOG.info("needlesafe rule set {} loaded: {} rules, {} jurisdiction profiles, content hash {}", pack.version(),
                pack.rules().size(), jurisdictions.ids().size(), pack.hash());
    }

    /**
     * The core's engine, found as a service: this package names no engine class, since the engine builds its results
     * from this package's values.
     */
    private static LoadedRules.Loader engine() {
        return ServiceLoader.load(LoadedRules.Loader.class, SafetyAdvisor.class.getClassLoader()).findFirst()
                .orElseThrow(() -> new RulePackException("the rule engine is missing: needlesafe-core's"
                        + " META-INF/services entry for " + LoadedRules.Loader.class.getName() + " was not found"));
    }

    private static ClinicConfiguration readConfiguration(Path file) {
        try {
            return ClinicConfiguration.fromFile(file);
        } catch (IllegalArgumentException e) {
            throw new RulePackException(e.getMessage());
        }
    }

    /**
     * Starts configuring an advisor.
     *
     * @return a builder with every default set
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Assesses one case. Safe to call from any number of threads at once.
     *
     * @param treatment the case to assess
     * @return the decision with its reasons
     * @throws InvalidCaseException   when the case is invalid; it lists every problem, each with its JSON path
     * @throws AdvisorClosedException when the advisor was closed, before or during the call
     * @throws RuntimeException       whatever the {@linkplain Builder#auditSink audit sink} throws when it cannot
     *                                record ({@link org.needlesafe.audit.FileAuditSink}:
     *                                {@link java.io.UncheckedIOException}); the
     *                                assessment is then not returned, so no decision leaves unaudited
     */
    public Assessment assess(TreatmentCase treatment) {
        return assess(check(treatment));
    }

    /**
     * Assesses one case and writes its words in a language. The rules run once, in no language; only the words
     * differ. A locale whose language is not available gives English, and the assessment's notice says so.
     *
     * @param treatment the case to assess
     * @param locale    the language to write it in, e.g. {@code Locale.forLanguageTag("es")}
     * @return the decision with its reasons, in that language (English when not available)
     * @throws InvalidCaseException   when the case is invalid
     * @throws AdvisorClosedException when the advisor was closed, before or during the call
     */
    public Assessment assess(TreatmentCase treatment, Locale locale) {
        Assessment assessment = assess(check(treatment));
        return assessment.in(Language.of(locale).map(Language.Choice::of)
                .orElseGet(() -> new Language.Choice(Language.ENGLISH, locale.toLanguageTag())));
    }

    /**
     * Validates one case, once.
     *
     * @param treatment the case to check
     * @return the case, ready to assess with {@link #assess(ValidCase)}
     * @throws InvalidCaseException   when the case is invalid; it lists every problem, each with its JSON path
     * @throws AdvisorClosedException when the advisor was closed
     */
    public ValidCase check(TreatmentCase treatment) {
        ensureOpen();
        List<Problem> problems = validate(treatment);
        if (!problems.isEmpty()) {
            throw new InvalidCaseException(problems);
        }
        return new ValidCase(treatment, this);
    }

    /**
     * Assesses a case this advisor has checked, without validating it again (one another advisor checked is
     * validated here). Safe to call from any number of threads at once.
     *
     * @param valid the case, from {@link #check}
     * @return the decision with its reasons
     * @throws AdvisorClosedException when the advisor was closed, before or during the call
     * @throws RuntimeException       whatever the {@linkplain Builder#auditSink audit sink} throws when it cannot
     *                                record; the assessment is then not returned
     */
    public Assessment assess(ValidCase valid) {
        long started = System.nanoTime();
        ensureOpen();
        TreatmentCase treatment = valid.checkedBy(this) ? valid.treatment() : check(valid.treatment()).treatment();
        JurisdictionProfile profile = jurisdictions.versionOn(treatment.jurisdiction(), treatment.assessmentDate());
        Assessment assessment;
        try {
            assessment = pack.decide(treatment, profile, configuration, Set.of());
        } catch (RuntimeException e) {
            // Closed while assessing: Drools' own IllegalStateException of a shut-down session pool means just that.
            if (closed.get()) {
                throw new AdvisorClosedException("the advisor was closed while assessing");
            }
            throw e;
        }
        List<String> fired = assessment.firedRules();
        // Keyed hashing is a noticeable part of an assessment: only when a log line or an audit record carries it.
        String caseIdHash = LOG.isDebugEnabled() || auditSink != AuditSink.NONE ? caseIdHash(treatment.caseId()) : null;
        if (LOG.isDebugEnabled()) {
            LOG.debug("case {} assessed in {} us: {} by rules {}", caseIdHash == null ? "-" : caseIdHash,
                    (System.nanoTime() - started) / 1000, assessment.decision(), fired);
        }
        if (auditSink != AuditSink.NONE) {
            // Recorded before the assessment is returned; a sink that cannot record throws, and so does assess().
            auditSink.record(new AuditRecord(Instant.now(), "ASSESSMENT", caseIdHash, pack.version(), pack.hash(),
                    assessment.configuration(), fired, assessment.decision().name(),
                    Map.of("jurisdictionProfile", profile.id(), "jurisdictionProfileVersion", profile.version())));
        }
        return assessment;
    }

    /**
     * Assesses one case with these rules (by id) switched off, on the same compiled pack, without audit or logging:
     * for the knockout gate, which proves every rule is needed by some scenario. Not public API.
     */
    Assessment assessWithout(TreatmentCase treatment, Set<String> ruleIds) {
        List<Problem> problems = validate(treatment);
        if (!problems.isEmpty()) {
            throw new InvalidCaseException(problems);
        }
        JurisdictionProfile profile = jurisdictions.versionOn(treatment.jurisdiction(), treatment.assessmentDate());
        return pack.decide(treatment, profile, configuration, ruleIds);
    }

    /**
     * Checks a case without assessing it: the same checks {@link #assess} makes, and the JSON reader too, with the
     * same paths and messages. A case dated where its profile has no version (before the first, or in a gap a
     * clinic's own profile left) cannot be assessed.
     *
     * @param treatment the case to check
     * @return every problem with the case, each with its JSON path; empty when it can be assessed
     */
    public List<Problem> validate(TreatmentCase treatment) {
        List<Problem> problems = pack.validate(treatment, jurisdictions.ids());
        if (!problems.isEmpty()
                || jurisdictions.versionOn(treatment.jurisdiction(), treatment.assessmentDate()) != null) {
            return problems;
        }
        Jurisdiction profile = jurisdictions.get(treatment.jurisdiction());
        return List.of(Problem.of("assessmentDate", Message.keyed("problem.noProfileVersion", profile.id(),
                treatment.assessmentDate(), profile.spans())));
    }

    /**
     * The loaded rules: the rule catalogue.
     *
     * @return every rule's description, ordered by id
     */
    public Collection<RuleDescription> rules() {
        return pack.rules();
    }

    /**
     * The jurisdiction profiles cases may name: the built-in ones and those given to the builder.
     *
     * @return the loaded profiles
     */
    public JurisdictionProfiles jurisdictions() {
        return jurisdictions;
    }

    /**
     * The clinic's thresholds and timing windows every assessment uses.
     *
     * @return the configuration, defaults included
     */
    public ClinicConfiguration configuration() {
        return configuration;
    }

    /**
     * The rule pack's version, or {@code custom} for rules given as files.
     *
     * @return the version every assessment and audit record names
     */
    public String rulesetVersion() {
        return pack.version();
    }

    /**
     * The rule set's content hash: SHA-256, in hex, over the text of every DRL source compiled into the rules and the
     * loaded jurisdiction profiles. Equal hashes mean the same rules and profiles, whatever the version says.
     *
     * @return 64 hexadecimal digits
     */
    public String rulesetHash() {
        return pack.hash();
    }

    /**
     * The pseudonym of a case id in logs and audit records: HMAC-SHA256 keyed with the audit salt, the first 16 bytes
     * in hex; {@code null} for a case without an id. Stable for one advisor; across advisors only with the same
     * {@link Builder#auditSalt salt}.
     *
     * @param caseId the case id, or {@code null}
     * @return 32 hexadecimal digits, or {@code null}
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

    /**
     * How the advisor's rule sessions stand now: a diagnostic for health checks, leak tests and soak runs.
     *
     * @return the sessions in use, opened so far, and held by the compiled rules
     * @throws AdvisorClosedException when the advisor was closed
     */
    public RuleSessions sessions() {
        ensureOpen();
        return pack.sessions();
    }

    /**
     * Releases the rules and pooled sessions. Idempotent; afterwards {@link #assess} throws
     * {@link AdvisorClosedException}. Close only when no assessment is running or none needs to finish.
     */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            pack.close();
        }
    }

    private void ensureOpen() {
        if (closed.get()) {
            throw new AdvisorClosedException("the advisor is closed; build a new one");
        }
    }

    /** Configures a {@link SafetyAdvisor}; everything has a sensible default. */
    public static final class Builder {
        private ClassLoader classLoader = SafetyAdvisor.class.getClassLoader();
        private ClinicConfiguration configuration = ClinicConfiguration.defaults();
        private Path configurationFile;
        private final List<Path> profileFiles = new ArrayList<>();
        private final List<Jurisdiction> profiles = new ArrayList<>();
        private final List<Path> ruleFiles = new ArrayList<>();
        private int poolSize = Math.max(2, Runtime.getRuntime().availableProcessors());
        private AuditSink auditSink = AuditSink.NONE;
        private byte[] auditSalt;

        private Builder() {
        }

        /**
         * Where the rule pack ({@code kmodule.xml}, its executable model, DRL and built-in profiles) is found.
         *
         * @param classLoader the class loader; this library's own if not set
         * @return this builder
         */
        public Builder classLoader(ClassLoader classLoader) {
            this.classLoader = Objects.requireNonNull(classLoader, "classLoader");
            return this;
        }

        /**
         * The clinic's thresholds and timing windows; the knowledge base's defaults if not set. Replaces an earlier
         * {@link #configurationFile}.
         *
         * @param configuration the configuration
         * @return this builder
         */
        public Builder configuration(ClinicConfiguration configuration) {
            this.configuration = Objects.requireNonNull(configuration, "configuration");
            this.configurationFile = null;
            return this;
        }

        /**
         * The clinic's thresholds from a {@code key = value} file, read by {@link #build()}: a file that cannot be
         * read or is malformed fails {@code build()} with a {@link RulePackException} naming the file, and for each
         * bad line the line, the key and the problem. Replaces an earlier {@link #configuration}.
         *
         * @param file the configuration file
         * @return this builder
         */
        public Builder configurationFile(Path file) {
            this.configurationFile = Objects.requireNonNull(file, "file");
            return this;
        }

        /**
         * Adds a jurisdiction profile from a file, read by {@link #build()}, replacing a built-in one with the same
         * id. A malformed file fails {@code build()} with a {@link RulePackException}.
         *
         * @param file the profile file
         * @return this builder
         */
        public Builder jurisdictionProfile(Path file) {
            profileFiles.add(Objects.requireNonNull(file, "file"));
            return this;
        }

        /**
         * Adds a jurisdiction profile with all its versions, replacing one with the same id.
         *
         * @param profile the profile and its dated versions
         * @return this builder
         */
        public Builder jurisdictionProfile(Jurisdiction profile) {
            profiles.add(Objects.requireNonNull(profile, "profile"));
            return this;
        }

        /**
         * Adds a jurisdiction profile of this one version, replacing one with the same id.
         *
         * @param version the profile's only version
         * @return this builder
         */
        public Builder jurisdictionProfile(JurisdictionProfile version) {
            Objects.requireNonNull(version, "profile");
            return jurisdictionProfile(new Jurisdiction(version.id(), version.name(), List.of(version)));
        }

        /**
         * Uses these DRL files instead of the class path's rule pack (for rule authors and tests). They are compiled
         * by {@link #build()}, which needs the Drools compiler on the class path ({@code org.drools:drools-compiler}
         * and {@code org.drools:drools-mvel}); without it, {@code build()} fails with a {@link RulePackException}
         * saying so.
         *
         * @param drlFiles the rule files, with distinct file names
         * @return this builder
         */
        public Builder ruleFiles(List<Path> drlFiles) {
            ruleFiles.addAll(drlFiles);
            return this;
        }

        /**
         * How many assessments run the rules at once, each on a rule session kept ready; a caller beyond that waits
         * its turn, a few assessments' time. Firing rules is CPU-bound work, so more at once than the machine has
         * processors only makes each slower: eight threads on two processors assessed about a third as many
         * cases a second when every one ran at once (BENCHMARKS.md).
         *
         * @param size at least 1; the number of processors (at least 2) if not set
         * @return this builder
         * @throws IllegalArgumentException when {@code size} is below 1
         */
        public Builder sessionPoolSize(int size) {
            if (size < 1) {
                throw new IllegalArgumentException("sessionPoolSize must be >= 1, was " + size);
            }
            this.poolSize = size;
            return this;
        }

        /**
         * Where an {@code ASSESSMENT} record of every assessment goes; {@link AuditSink#NONE} (nothing) if not set.
         * The sink is called on the assessing thread before {@code assess} returns, so it must be thread-safe; when
         * it throws, so does {@code assess}.
         *
         * @param sink the sink
         * @return this builder
         */
        public Builder auditSink(AuditSink sink) {
            this.auditSink = Objects.requireNonNull(sink, "auditSink");
            return this;
        }

        /**
         * The secret key of the case-id hash in logs and audit records (at least 16 bytes). Without it each advisor
         * draws a random one, so hashes cannot be correlated across restarts; give the same secret to correlate
         * them, and keep it as secret as a password: with it, a guessable case id can be confirmed.
         *
         * @param salt the secret, at least 16 bytes; copied
         * @return this builder
         * @throws IllegalArgumentException when the salt is shorter than 16 bytes
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
         * Loads the rules, the profiles and the configuration.
         *
         * @return the advisor, ready to assess
         * @throws RulePackException when the rule pack cannot be loaded (a rule does not compile or lacks its
         *                           metadata, no or two rule packs on the class path), or a profile or configuration
         *                           file cannot be read or is malformed; the message names the file, line and problem
         */
        public SafetyAdvisor build() {
            return new SafetyAdvisor(this);
        }
    }
}
