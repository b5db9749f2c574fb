package org.needlesafe.embedder;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.needlesafe.json.CaseReader;
import org.slf4j.simple.SimpleLogger;

/**
 * The embedder's run-time class path is the executable model's run time and nothing of the DRL compiler, it is as
 * small as README.md says, and the whole scenario corpus gets its expected decisions on exactly that class path,
 * quietly.
 */
class LeanClassPathTest {
    private static final double MIB = 1024 * 1024;
    private static final Pattern README_FIGURE = Pattern.compile("(\\d+) third-party jars, (\\d+\\.\\d) MiB");

    private static EmbedderClassPath.Result corpus;

    @BeforeAll
    static void runTheCorpusOnTheEmbedderClassPath() throws Exception {
        List<Path> classPath = new ArrayList<>(EmbedderClassPath.entries());
        // Test-only additions: the runner and the test-only jars.
        classPath.add(EmbedderClassPath.locationOf(CorpusRun.class));
        classPath.addAll(testOnlyJars());
        corpus = EmbedderClassPath.run(classPath, List.of(), CorpusRun.class.getName(),
                Scenarios.folder().toString());
    }

    /**
     * The JSON reader for the scenario files (with its schema validator) and a logging provider at its default level
     * (INFO), standing for the host application's logging: added to a child JVM, never the embedder's.
     */
    static List<Path> testOnlyJars() {
        return Stream.of(CaseReader.class, ObjectMapper.class, JsonParser.class, JsonProperty.class,
                        com.networknt.schema.SpecificationVersion.class, com.ethlo.time.ITU.class,
                        com.fasterxml.jackson.dataformat.yaml.YAMLFactory.class, org.yaml.snakeyaml.Yaml.class,
                        SimpleLogger.class)
                .map(EmbedderClassPath::locationOf).toList();
    }

    @Test
    void holdsNoPartOfTheDrlCompiler() {
        assertThat(EmbedderClassPath.thirdParty()).extracting(jar -> jar.getFileName().toString())
                .noneMatch(name -> name.matches("(ecj|drools-ecj|antlr|antlr4-runtime|antlr-runtime|mvel2"
                        + "|drools-mvel|drools-drl-ast|drools-drl-extensions|commons-codec)-.*"))
                .anyMatch(name -> name.startsWith("drools-core-"))
                .anyMatch(name -> name.startsWith("drools-model-compiler-"));
        assertThat(corpus.out()).as("compiler classes loadable in the child JVM").doesNotContain("present ");
    }

    @Test
    void isAsSmallAsReadmeSays() throws IOException {
        long bytes = 0;
        for (Path jar : EmbedderClassPath.thirdParty()) {
            bytes += Files.size(jar);
        }
        int jars = EmbedderClassPath.thirdParty().size();
        assertThat(bytes / MIB).as("third-party MiB").isLessThanOrEqualTo(10.0);

        Matcher figure = README_FIGURE.matcher(Files.readString(EmbedderClassPath.root().resolve("README.md")));
        assertThat(figure.find()).as("README.md states the embedder's jars and MiB").isTrue();
        assertThat(figure.group(1)).isEqualTo(String.valueOf(jars));
        assertThat(figure.group(2)).isEqualTo(String.format(Locale.ROOT, "%.1f", bytes / MIB));
    }

    @Test
    void assessesEveryScenarioAsExpected() throws IOException {
        assertThat(corpus.status()).as(corpus.err()).isZero();
        Map<String, String> expected = Scenarios.expectedDecisions();
        Map<String, String> actual = Scenarios.decisions(corpus.out());

        assertThat(expected).hasSizeGreaterThan(60);
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void logsNothingAtInfoWhileAssessingAndNoPathAtStartUp() {
        String err = corpus.err();
        int started = err.indexOf(CorpusRun.STARTED);
        assertThat(started).as(err).isNotNegative();
        assertThat(err.substring(started + CorpusRun.STARTED.length()).strip())
                .as("logged while assessing, at the host's default level INFO").isEmpty();
        String startUp = err.substring(0, started);
        assertThat(startUp).doesNotContain("file:", "jar:", EmbedderClassPath.root().toString(),
                System.getProperty("user.home"));
        for (Path entry : EmbedderClassPath.entries()) {
            assertThat(startUp).doesNotContain(entry.getParent().toString());
        }
    }
}
