package org.needlesafe.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.needlesafe.RuleDescription;

/**
 * Which rules may fire in one run, and which did, in firing order: the second pass lets through only the rules that
 * describe the treatment (no {@code @decision}), the knockout gate none it switched off.
 */
final class Trace {
    private final Map<String, RuleDescription> rulesByName;
    private final boolean outputsOnly;
    private final Set<String> switchedOff;
    private final List<String> fired = new ArrayList<>();

    Trace(Map<String, RuleDescription> rulesByName, boolean outputsOnly, Set<String> switchedOff) {
        this.rulesByName = rulesByName;
        this.outputsOnly = outputsOnly;
        this.switchedOff = switchedOff;
    }

    /** Whether the rule of this DRL name may fire now; if so, it is recorded as fired. */
    boolean admit(String name) {
        if (outputsOnly && rulesByName.get(name).decision() != null || switchedOff.contains(name)) {
            return false;
        }
        fired.add(name);
        return true;
    }

    /** The DRL names of the rules that fired, in firing order. */
    List<String> fired() {
        return fired;
    }
}
