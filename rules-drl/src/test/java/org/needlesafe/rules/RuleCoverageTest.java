package org.needlesafe.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.needlesafe.RuleDescription;

/**
 * Runs after every other test class of this module (see junit-platform.properties) and fails when a rule never
 * fired in any of them, or no test method saw it both fire and not fire (a firing case and its near miss): a rule
 * without them is a rule nobody has seen work, or seen stop working at its boundary.
 */
@Order(Integer.MAX_VALUE)
class RuleCoverageTest {

    @Test
    void everyRuleFiredInAtLeastOneTest() {
        Set<String> neverFired = new TreeSet<>();
        for (RuleDescription rule : Cases.ADVISOR.rules()) {
            if (!Cases.FIRED.contains(rule.id())) {
                neverFired.add(rule.id());
            }
        }

        assertThat(neverFired).as("rules that no test fired (assess through Cases.assess or Cases.record)")
                .isEmpty();
    }

    @Test
    void everyRuleHasANearMissBesideAFiringCase() {
        Set<String> noNearMiss = new TreeSet<>();
        for (RuleDescription rule : Cases.ADVISOR.rules()) {
            // Output-only rules (side effects, aftercare) may fire for every treatment: no boundary to miss.
            if (rule.decision() != null && !RuleTestRecorder.hasNearMiss(rule.id())) {
                noNearMiss.add(rule.id());
            }
        }

        assertThat(noNearMiss).as("finding rules without a test method that sees them both fire and, at the"
                + " boundary, not fire").isEmpty();
    }
}
