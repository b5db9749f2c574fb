package org.needlesafe.rules;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Remembers, per test method (all invocations of a parameterized test together), which rules fired in each
 * assessment the test made through {@link Cases#record}. RuleCoverageTest uses it to check that every rule has a
 * test that sees it fire and, in the same test, a near miss where it does not. Registered for every test class of
 * this module through JUnit's extension auto-detection.
 */
public final class RuleTestRecorder implements BeforeEachCallback, AfterEachCallback {
    private static final ThreadLocal<String> CURRENT_TEST = new ThreadLocal<>();
    static final Map<String, List<List<String>>> FIRED_BY_TEST = new ConcurrentHashMap<>();

    @Override
    public void beforeEach(ExtensionContext context) {
        CURRENT_TEST.set(context.getRequiredTestClass().getSimpleName() + "#" + context.getRequiredTestMethod().getName());
    }

    @Override
    public void afterEach(ExtensionContext context) {
        CURRENT_TEST.remove();
    }

    static void recorded(List<String> firedRules) {
        String test = CURRENT_TEST.get();
        if (test != null) {
            FIRED_BY_TEST.computeIfAbsent(test, key -> new CopyOnWriteArrayList<>()).add(firedRules);
        }
    }

    /** Whether some test method saw the rule both fire and not fire: a firing case and a near miss side by side. */
    static boolean hasNearMiss(String ruleId) {
        for (List<List<String>> assessments : FIRED_BY_TEST.values()) {
            boolean fired = false;
            boolean missed = false;
            for (List<String> fired0 : assessments) {
                fired |= fired0.contains(ruleId);
                missed |= !fired0.contains(ruleId);
            }
            if (fired && missed) {
                return true;
            }
        }
        return false;
    }

    static Set<String> tests() {
        return FIRED_BY_TEST.keySet();
    }
}
