package org.needlesafe.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.needlesafe.Decision;
import org.needlesafe.KbItem;
import org.needlesafe.RuleDescription;
import org.needlesafe.SafetyAdvisor;
import org.needlesafe.examples.Cli.Run;

/**
 * Every example scenario, assessed through the command line, gets the outcome its {@code expected} object states,
 * all of it ({@link ScenarioExpectations}): the {@code decision}, the {@code areaDecisions}, the
 * {@code missingInformation}, the {@code rules} (exactly the rule ids of the findings), the {@code sideEffects} and
 * {@code aftercare} codes and the {@code nextSessionEarliest} date.
 *
 * <p>The expected outcome is what a clinician reading the knowledge base expects, never copied from the library. Where
 * the library answers otherwise and the rule is left for the lead to decide, the scenario records a
 * {@code disagreement}: the library's present answer ({@code library.decision}) and a {@code note} saying why. Such a
 * scenario passes while the library still gives that answer, and fails once it changes, either way: when the library
 * comes round to the expected outcome the note is stale and must go, and any other change needs a look.
 */
class ScenarioTest {
    private static final Map<String, JsonNode> ASSESSED = new HashMap<>();

    @BeforeAll
    static void assessAllScenariosInOneRun() throws IOException {
        Run run = Cli.run("assess", "--format", "json", Cli.SCENARIOS);
        assertThat(run.err()).isEmpty();
        assertThat(run.status()).isZero();
        List<Path> files = scenarios().toList();
        List<JsonNode> lines = run.jsonLines();
        assertThat(lines).hasSameSizeAs(files);
        for (int i = 0; i < files.size(); i++) {
            ASSESSED.put(files.get(i).getFileName().toString(), lines.get(i));
        }
    }

    static Stream<Path> scenarios() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> listing = Files.list(Cli.SCENARIOS)) {
            listing.filter(file -> file.getFileName().toString().endsWith(".json")).sorted().forEach(files::add);
        }
        return files.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void getsTheExpectedOutcome(Path file) throws IOException {
        JsonNode scenario = Cli.parse(Files.readString(file));
        JsonNode expected = scenario.get("expected");
        JsonNode actual = ASSESSED.get(file.getFileName().toString());
        assertThat(expected).as("%s has an expected object", file.getFileName()).isNotNull();
        assertThat(ScenarioExpectations.unstated(expected)).as("%s: fields its expected object must state",
                file.getFileName()).isEmpty();

        List<String> differences = ScenarioExpectations.differences(expected, actual);
        JsonNode disagreement = scenario.get("disagreement");
        if (disagreement == null) {
            assertThat(differences).as("%s differs from its expected outcome", file.getFileName()).isEmpty();
            return;
        }
        assertThat(disagreement.path("note").asText()).as("%s: the disagreement says why", file.getFileName())
                .hasSizeGreaterThan(40);
        assertThat(differences).as("%s: the library now gives the expected outcome; remove the disagreement",
                file.getFileName()).isNotEmpty();
        assertThat(actual.get("decision").asText()).as("%s: the library's answer changed from the one recorded",
                file.getFileName()).isEqualTo(disagreement.path("library").path("decision").asText());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void isAStoryOnTheCommonAssessmentDate(Path file) throws IOException {
        JsonNode scenario = Cli.parse(Files.readString(file));

        assertThat(file.getFileName().toString()).matches("\\d{2}-[a-z0-9]+(-[a-z0-9]+)*\\.json");
        assertThat(scenario.get("story").asText()).hasSizeGreaterThan(80);
        assertThat(scenario.get("assessmentDate").asText()).isEqualTo("2026-11-25");
        assertThat(scenario.get("caseId").asText()).startsWith(file.getFileName().toString().substring(0, 3));
    }

    @Test
    void theScenariosCoverEveryDecision() throws IOException {
        Set<Decision> decisions = EnumSet.noneOf(Decision.class);
        for (Path file : scenarios().toList()) {
            decisions.add(Decision.valueOf(Cli.parse(Files.readString(file)).get("expected").get("decision").asText()));
        }

        assertThat(scenarios()).hasSizeGreaterThanOrEqualTo(25);
        assertThat(decisions).containsExactlyInAnyOrder(Decision.values());
    }

    /**
     * Every knowledge-base item a finding rule implements is exercised by at least one scenario's findings: the
     * scenarios together walk through the whole knowledge base, not only the common cases.
     */
    @Test
    void theScenariosCoverEveryKnowledgeBaseItemOfTheRulePack() {
        Map<String, List<String>> kbByRule = new HashMap<>();
        Set<String> items = new TreeSet<>();
        for (RuleDescription rule : SafetyAdvisor.builder().build().rules()) {
            if (rule.decision() != null) {
                kbByRule.put(rule.id(), KbItem.ids(rule.kb()));
                items.addAll(KbItem.ids(rule.kb()));
            }
        }
        Set<String> covered = new TreeSet<>();
        for (JsonNode assessment : ASSESSED.values()) {
            assessment.get("findings").forEach(finding ->
                    covered.addAll(kbByRule.getOrDefault(finding.get("ruleId").asText(), List.of())));
        }

        assertThat(items).as("knowledge-base items no scenario's findings exercise").isSubsetOf(covered);
    }

    @Test
    void theInvalidExampleIsInvalid() {
        Run run = Cli.run("assess", Cli.INVALID);

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.errLines()).isNotEmpty();
    }
}
