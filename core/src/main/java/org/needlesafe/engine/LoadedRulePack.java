package org.needlesafe.engine;

import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.needlesafe.Assessment;
import org.needlesafe.LoadedRules;
import org.needlesafe.Problem;
import org.needlesafe.RuleDescription;
import org.needlesafe.RuleSessions;
import org.needlesafe.TreatmentCase;
import org.needlesafe.configuration.ClinicConfiguration;
import org.needlesafe.jurisdiction.JurisdictionProfile;
import org.needlesafe.JurisdictionProfiles;

/**
 * The engine behind a {@link org.needlesafe.SafetyAdvisor}: the compiled {@link RuleEngine}, its {@link RulePack}
 * and content hash, the {@link CaseValidator} and the {@link Decider}. The advisor finds it through
 * {@link RulePackLoader}, a service, so the API's package never names the engine's.
 */
final class LoadedRulePack implements LoadedRules {
    private final RuleEngine engine;
    private final RulePack pack;
    private final String hash;

    private LoadedRulePack(RuleEngine engine, RulePack pack, String hash) {
        this.engine = engine;
        this.pack = pack;
        this.hash = hash;
    }

    static LoadedRulePack load(ClassLoader loader, List<Path> ruleFiles, int poolSize, JurisdictionProfiles profiles) {
        // The version is read before the rules are compiled: what can fail cheaply fails first.
        String version = ruleFiles.isEmpty() ? RulesetVersion.read(loader) : "custom";
        RuleEngine engine = ruleFiles.isEmpty()
                ? RuleEngine.fromClassPath(loader, poolSize)
                : RuleEngine.fromFiles(ruleFiles, poolSize);
        try {
            return new LoadedRulePack(engine, new RulePack(engine.rules().values(), version, engine),
                    RulesetHash.of(engine.sources(), profiles));
        } catch (RuntimeException e) {
            engine.close();
            throw e;
        }
    }

    @Override
    public Collection<RuleDescription> rules() {
        return pack.rules();
    }

    @Override
    public String version() {
        return pack.version();
    }

    @Override
    public String hash() {
        return hash;
    }

    @Override
    public List<Problem> validate(TreatmentCase treatment, Set<String> jurisdictions) {
        return CaseValidator.validate(treatment, jurisdictions);
    }

    @Override
    public Assessment decide(TreatmentCase treatment, JurisdictionProfile profile, ClinicConfiguration configuration,
                             Set<String> switchedOff) {
        if (switchedOff.isEmpty()) {
            return Decider.decide(treatment, profile, configuration, pack);
        }
        Set<String> names = new HashSet<>();
        for (String id : switchedOff) {
            RuleDescription rule = pack.byId(id);
            if (rule == null) {
                throw new IllegalArgumentException("no rule " + id);
            }
            names.add(rule.name());
        }
        return Decider.decide(treatment, profile, configuration,
                pack.runningWith((facts, report, outputsOnly) -> engine.run(facts, report, outputsOnly, names)));
    }

    @Override
    public RuleSessions sessions() {
        return engine.sessions();
    }

    @Override
    public void close() {
        engine.close();
    }
}
