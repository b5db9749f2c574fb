package org.needlesafe.embedder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.needlesafe.InvalidCaseException;
import org.needlesafe.Problem;
import org.needlesafe.SafetyAdvisor;
import org.needlesafe.TreatmentCase;
import org.needlesafe.json.CaseReader;
import org.needlesafe.plan.Area;
import org.needlesafe.plan.PlannedArea;

/**
 * The Java API refuses exactly what the JSON reader refuses, with the same path and message: a depth given through
 * either doorway meets the same check.
 */
class OneValidationTest {
    private static SafetyAdvisor advisor;
    private static String document;

    @BeforeAll
    static void build() throws Exception {
        advisor = SafetyAdvisor.builder().build();
        document = Files.readString(EmbedderClassPath.root().resolve("examples/scenarios/01-clean-proceed.json"));
    }

    @AfterAll
    static void close() {
        advisor.close();
    }

    @ParameterizedTest(name = "depth {0}")
    @ValueSource(strings = {"1.23456", "0.0751", "0", "-1", "3.51", "1.0", "0.075"})
    void aDepthIsJudgedTheSameThroughJsonAndJava(String depth) {
        assertThat(document).containsOnlyOnce("\"depthMm\": 1.0");
        String json = document.replace("\"depthMm\": 1.0", "\"depthMm\": " + depth);
        CaseReader reader = new CaseReader(advisor);
        InvalidCaseException fromJson = catchThrowableOfType(InvalidCaseException.class, () -> reader.read(json));

        TreatmentCase valid = reader.read(document);
        TreatmentCase viaJava = valid.toBuilder().plan(valid.plan().toBuilder()
                .areas(new PlannedArea(Area.CHEEKS, new BigDecimal(depth))).build()).build();
        List<Problem> fromJava = advisor.validate(viaJava);
        InvalidCaseException assessing = catchThrowableOfType(InvalidCaseException.class,
                () -> advisor.assess(viaJava));

        assertThat(fromJava).isEqualTo(fromJson == null ? List.of() : fromJson.problems());
        assertThat(assessing == null ? List.of() : assessing.problems()).isEqualTo(fromJava);
    }
}
