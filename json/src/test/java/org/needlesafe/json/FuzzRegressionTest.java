package org.needlesafe.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.needlesafe.Assessment;
import org.needlesafe.InvalidCaseException;
import org.needlesafe.Problem;
import org.needlesafe.TreatmentCase;

/**
 * Replays the documents that once broke the reader, kept in {@code src/test/resources/fuzz-regressions/}: each
 * {@code NAME.json} (bytes exactly as found, often not UTF-8, often not JSON) has a {@code NAME.expected} beside it
 * holding either the exact problems, one {@code path: message} a line, or {@code VALID} and the decision.
 */
class FuzzRegressionTest {
    private static final CaseReader READER = new CaseReader(AdvisorHolder.ADVISOR);

    static Stream<String> corpus() throws IOException {
        try (Stream<Path> files = Files.list(folder())) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".json"))
                    .sorted().map(name -> name.substring(0, name.length() - ".json".length())).toList().stream();
        }
    }

    @Test
    void theCorpusIsThere() throws IOException {
        assertThat(corpus()).isNotEmpty().allSatisfy(name ->
                assertThat(folder().resolve(name + ".expected")).as("expected answer of " + name).exists());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void answersAsExpected(String name) throws IOException {
        byte[] document = Files.readAllBytes(folder().resolve(name + ".json"));
        List<String> expected = Files.readAllLines(folder().resolve(name + ".expected"), UTF_8);

        assertThat(answer(document)).isEqualTo(expected);
    }

    /** The problems as lines, or VALID and the assessed decision; anything else thrown fails the test. */
    static List<String> answer(byte[] document) {
        InvalidCaseException invalid = catchThrowableOfType(InvalidCaseException.class,
                () -> READER.read(new ByteArrayInputStream(document)));
        if (invalid != null) {
            return invalid.problems().stream().map(Problem::toString).toList();
        }
        TreatmentCase treatment = READER.read(new ByteArrayInputStream(document));
        Assessment assessment = AdvisorHolder.ADVISOR.assess(treatment);
        assertThat(AssessmentWriter.toJson(assessment)).doesNotContain("\n");
        return List.of("VALID " + assessment.decision());
    }

    private static Path folder() {
        try {
            return Path.of(FuzzRegressionTest.class.getResource("/fuzz-regressions").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
