package org.needlesafe;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.needlesafe.configuration.ClinicConfiguration;
import org.needlesafe.jurisdiction.JurisdictionProfile;

/**
 * A loaded rule pack as a {@link SafetyAdvisor} uses it: its rules, version and content hash, the case checks, the
 * decision and the pooled sessions. Not for embedders to call or implement: the core's engine provides it as a
 * {@link java.util.ServiceLoader service}, so that this package, which the engine builds its results from, does not
 * depend on the engine in turn.
 */
public interface LoadedRules extends AutoCloseable {

    /** What loads a rule pack: the core's engine provides the one implementation. */
    interface Loader {
        /**
         * Loads and compiles the rules.
         *
         * @param classLoader where the class path's rule pack is found
         * @param ruleFiles   DRL files to use instead of the class path's pack; empty for the class path's
         * @param poolSize    the rule sessions kept ready: the most assessments at the rules at once
         * @param profiles    the jurisdiction profiles, part of the rule set's content hash
         * @return the loaded rules
         * @throws RulePackException when the rule pack cannot be loaded
         */
        LoadedRules load(ClassLoader classLoader, List<Path> ruleFiles, int poolSize, JurisdictionProfiles profiles);
    }

    /**
     * The rule catalogue.
     *
     * @return every rule's description, ordered by id
     */
    Collection<RuleDescription> rules();

    /**
     * The rule pack's version, or {@code custom} for rules given as files.
     *
     * @return the version
     */
    String version();

    /**
     * SHA-256, in hex, over the rules' sources and the jurisdiction profiles.
     *
     * @return 64 hexadecimal digits
     */
    String hash();

    /**
     * Every structural problem with a case.
     *
     * @param treatment     the case
     * @param jurisdictions the ids of the loaded jurisdiction profiles
     * @return the problems, each with its JSON path; empty when the case is valid
     */
    List<Problem> validate(TreatmentCase treatment, Set<String> jurisdictions);

    /**
     * Decides a valid case.
     *
     * @param treatment     the case, already validated
     * @param profile       the version of its jurisdiction's profile that applies on its assessment date
     * @param configuration the clinic's thresholds and timing windows
     * @param switchedOff   the ids of rules not to fire (the knockout gate's); empty for an assessment
     * @return the assessment
     * @throws IllegalArgumentException when a switched-off id names no rule
     */
    Assessment decide(TreatmentCase treatment, JurisdictionProfile profile, ClinicConfiguration configuration,
                      Set<String> switchedOff);

    /**
     * How the rule sessions stand now.
     *
     * @return the sessions in use, opened so far, and held
     */
    RuleSessions sessions();

    /** Releases the rules and pooled sessions. */
    @Override
    void close();
}
