package org.needlesafe.engine;

import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.needlesafe.RuleDescription;
import org.needlesafe.rules.Report;

/**
 * A loaded rule pack as the decision uses it: its rules by DRL name (how Drools names a firing rule) and by id (how
 * findings and clearances name them), its version, and the runner that fires them.
 */
public final class RulePack {
    private final Map<String, RuleDescription> byName;
    private final Map<String, RuleDescription> byId;
    private final String version;
    private final RuleRunner runner;

    /**
     * A pack of these rules.
     *
     * @param rules   every rule's description
     * @param version the version assessments name ({@code custom} for rules given as files)
     * @param runner  what fires the rules
     */
    public RulePack(Collection<RuleDescription> rules, String version, RuleRunner runner) {
        Map<String, RuleDescription> names = new LinkedHashMap<>();
        Map<String, RuleDescription> ids = new LinkedHashMap<>();
        rules.stream().sorted(Comparator.comparing(RuleDescription::id)).forEach(rule -> {
            names.put(rule.name(), rule);
            ids.put(rule.id(), rule);
        });
        this.byName = Map.copyOf(names);
        this.byId = Collections.unmodifiableMap(ids);
        this.version = version;
        this.runner = runner;
    }

    /**
     * The same rules fired by another runner (the knockout gate's switched-off rules, the benchmarks' yardstick).
     *
     * @param other the runner
     * @return a pack sharing these rules
     */
    public RulePack runningWith(RuleRunner other) {
        return new RulePack(byId.values(), version, other);
    }

    /**
     * The version assessments and audit records name.
     *
     * @return the version, or {@code custom}
     */
    public String version() {
        return version;
    }

    /**
     * The rule catalogue.
     *
     * @return every rule, ordered by id
     */
    public Collection<RuleDescription> rules() {
        return byId.values();
    }

    /**
     * One rule by id.
     *
     * @param id e.g. {@code MN-C01-ACTIVE-INFECTION}
     * @return the rule, or {@code null} when the pack has none with that id
     */
    public RuleDescription byId(String id) {
        return byId.get(id);
    }

    /**
     * One rule by DRL name.
     *
     * @param name the DRL rule name
     * @return the rule, or {@code null} when the pack has none of that name
     */
    public RuleDescription byName(String name) {
        return byName.get(name);
    }

    Map<String, RuleDescription> rulesByName() {
        return byName;
    }

    Map<String, RuleDescription> rulesById() {
        return byId;
    }

    List<String> run(List<Object> facts, Report report, boolean outputsOnly) {
        return runner.run(facts, report, outputsOnly);
    }
}
