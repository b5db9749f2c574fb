package org.needlesafe;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.needlesafe.examples.ScenarioExpectations;
import org.needlesafe.json.AssessmentWriter;
import org.needlesafe.json.CaseReader;

/**
 * The knockout gate: every rule is needed by at least one scenario. Each rule in turn is switched off on the one
 * compiled pack (the engine's agenda filter, {@link SafetyAdvisor#assessWithout}; nothing is rebuilt) and the whole
 * scenario corpus is assessed; a rule whose absence changes no scenario's expectation is named, and the build fails.
 * Add a scenario that needs it (or remove the rule).
 */
class RuleKnockoutTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SCENARIOS = Path.of(System.getProperty("needlesafe.examples", "."))
            .toAbsolutePath().normalize().resolve("scenarios");
    private static final List<TreatmentCase> CASES = new ArrayList<>();
    private static final List<JsonNode> EXPECTED = new ArrayList<>();
    private static SafetyAdvisor advisor;

    @BeforeAll
    static void readTheCorpus() {
        advisor = SafetyAdvisor.builder().build();
        CaseReader reader = new CaseReader(advisor);
        for (Path file : ScenarioExpectations.files(SCENARIOS)) {
            JsonNode scenario = ScenarioExpectations.read(file);
            // A scenario that records a disagreement pins the library's present answer only loosely: not evidence.
            if (scenario.has("disagreement")) {
                continue;
            }
            CASES.add(reader.read(file));
            EXPECTED.add(scenario.get("expected"));
        }
    }

    @AfterAll
    static void close() {
        advisor.close();
    }

    @Test
    void theCorpusMeetsItsExpectationsWithEveryRuleOn() throws Exception {
        for (int i = 0; i < CASES.size(); i++) {
            assertThat(ScenarioExpectations.differences(EXPECTED.get(i), assessed(i, Set.of())))
                    .as(CASES.get(i).caseId()).isEmpty();
        }
    }

    @Test
    void everyRuleIsNeededByAScenario() throws Exception {
        assertThat(CASES).hasSizeGreaterThanOrEqualTo(25);
        Set<String> unneeded = new TreeSet<>();
        for (RuleDescription rule : advisor.rules()) {
            if (!needed(rule.id())) {
                unneeded.add(rule.id());
            }
        }

        assertThat(unneeded).as("rules whose absence changes no scenario's expectation: add a scenario that needs"
                + " each").isEmpty();
    }

    private static boolean needed(String ruleId) throws Exception {
        for (int i = 0; i < CASES.size(); i++) {
            if (!ScenarioExpectations.differences(EXPECTED.get(i), assessed(i, Set.of(ruleId))).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private static JsonNode assessed(int index, Set<String> switchedOff) throws Exception {
        return JSON.readTree(AssessmentWriter.toJson(advisor.assessWithout(CASES.get(index), switchedOff)));
    }
}
