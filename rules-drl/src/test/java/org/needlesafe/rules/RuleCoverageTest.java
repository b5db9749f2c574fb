package org.needlesafe.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.needlesafe.RuleDescription;

/**
 * Runs after every other test class of this module (see junit-platform.properties) and fails when a rule never
 * fired in any of them: a rule without a firing test is a rule nobody has seen work.
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
}
