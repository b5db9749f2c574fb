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
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.needlesafe.Decision;
import org.needlesafe.examples.Cli.Run;

/**
 * Every example scenario, assessed through the command line, gets the outcome its {@code expected} object states:
 * the {@code decision}, and where given the {@code areaDecisions} and the {@code missingInformation}.
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
        assertThat(actual.get("decision").asText()).as("decision of %s", file.getFileName())
                .isEqualTo(expected.get("decision").asText());
        if (expected.has("areaDecisions")) {
            assertThat(actual.get("areaDecisions")).as("area decisions of %s", file.getFileName())
                    .isEqualTo(expected.get("areaDecisions"));
        }
        if (expected.has("missingInformation")) {
            assertThat(actual.get("missingInformation")).as("missing information of %s", file.getFileName())
                    .isEqualTo(expected.get("missingInformation"));
        }
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

        assertThat(scenarios()).hasSizeGreaterThanOrEqualTo(10);
        assertThat(decisions).containsExactlyInAnyOrder(Decision.values());
    }

    @Test
    void theInvalidExampleIsInvalid() {
        Run run = Cli.run("assess", Cli.INVALID);

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.errLines()).isNotEmpty();
    }
}
