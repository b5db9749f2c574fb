package org.needlesafe.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.needlesafe.InvalidCaseException;
import org.needlesafe.Problem;

/**
 * Each input limit probed at the limit and one past it, where fuzzing aims first: at the limit the document is read
 * as if the limit were not there; one past it, the breach is reported in the contract's error format, with the
 * path and a message naming the limit.
 */
class InputLimitsFuzzTest {
    private static final CaseReader READER = new CaseReader(AdvisorHolder.ADVISOR);
    private static final int MAX = CaseReader.MAX_STRING_CHARS;

    // --- the document ---------------------------------------------------------------------------------------------

    @Test
    void aDocumentOfOneMebibyteIsReadAndOneByteMoreIsReported(@TempDir Path folder) throws IOException {
        String json = Documents.example().toString();
        String atLimit = json + " ".repeat(CaseReader.MAX_DOCUMENT_BYTES - json.length());
        String overLimit = atLimit + " ";
        Path file = folder.resolve("case.json");

        assertThat(READER.read(atLimit)).isEqualTo(READER.read(json));
        assertThat(READER.read(stream(atLimit))).isEqualTo(READER.read(json));
        Files.writeString(file, atLimit);
        assertThat(READER.read(file)).isEqualTo(READER.read(json));

        String expected = ": the document is larger than 1048576 bytes (1 MiB)";
        assertThat(problems(() -> READER.read(overLimit))).containsExactly(expected);
        assertThat(problems(() -> READER.read(stream(overLimit)))).containsExactly(expected);
        Files.writeString(file, overLimit);
        assertThat(problems(() -> READER.read(file))).containsExactly(expected);
        assertThat(errorRecord(overLimit)).isEqualTo("{\"file\":\"case.json\",\"errors\":[{\"path\":\"\","
                + "\"message\":\"the document is larger than 1048576 bytes (1 MiB)\"}]}");
    }

    /** The case object is the first level; an unknown field holds the rest. */
    @Test
    void nestingThirtyTwoDeepIsReadAndThirtyThreeIsReported() {
        int inside = CaseReader.MAX_NESTING_DEPTH - 1;
        String atLimit = Documents.with("notes", "[".repeat(inside) + "]".repeat(inside));
        String overLimit = Documents.with("notes", "[".repeat(inside + 1) + "]".repeat(inside + 1));

        assertThat(READER.read(atLimit)).isEqualTo(READER.read(Documents.example().toString()));
        int column = overLimit.indexOf("[".repeat(inside + 1)) + inside + 2; // just past the 33rd bracket
        assertThat(problems(overLimit)).containsExactly(": the document exceeds a limit at line 1, column " + column
                + ": document nesting depth (33) exceeds the maximum allowed (32)");
        assertThat(errorRecord(overLimit)).contains("\"path\":\"\",\"message\":\"the document exceeds a limit at "
                + "line 1, column " + column + ": document nesting depth (33) exceeds the maximum allowed (32)\"");
    }

    // --- lists, strings, names, numbers ---------------------------------------------------------------------------

    @Test
    void aListOfOneHundredEntriesIsReadAndOneMoreIsReported() {
        String hundred = "[" + String.join(",", Collections.nCopies(CaseReader.MAX_LIST_ENTRIES, "\"CHLORHEXIDINE\""))
                + "]";
        String more = hundred.replace("[", "[\"CHLORHEXIDINE\",");

        assertThat(READER.read(Documents.with("patient.allergies", hundred)).patient().allergies())
                .hasSize(CaseReader.MAX_LIST_ENTRIES);
        assertThat(problems(Documents.with("patient.allergies", more)))
                .containsExactly("patient.allergies: must have at most 100 entries, has 101");
        assertThat(problems(Documents.with("notes", more.replace("\"CHLORHEXIDINE\"", "null"))))
                .containsExactly("notes: must have at most 100 entries, has 101");
        assertThat(errorRecord(Documents.with("patient.allergies", more))).isEqualTo("{\"file\":\"case.json\","
                + "\"errors\":[{\"path\":\"patient.allergies\","
                + "\"message\":\"must have at most 100 entries, has 101\"}]}");
    }

    /** The parser counts digits, the exponent's included; a sign, a point and the e are not counted. */
    @ParameterizedTest
    @ValueSource(strings = {"34.%s", "-34.%s", "1%sE-1", "-1.%se+10"})
    void aNumberOfFiftyDigitsIsReadAndFiftyOneIsReported(String pattern) {
        int digits = pattern.replaceAll("\\D", "").length();
        String fifty = pattern.formatted("0".repeat(CaseReader.MAX_NUMBER_CHARS - digits));
        String fiftyOne = pattern.formatted("0".repeat(CaseReader.MAX_NUMBER_CHARS + 1 - digits));

        assertThat(fifty.replaceAll("\\D", "")).hasSize(CaseReader.MAX_NUMBER_CHARS);
        assertThat(READER.read(notes(fifty))).isEqualTo(READER.read(Documents.example().toString()));
        assertThat(problems(notes(fiftyOne))).singleElement()
                .asString().matches(": the document exceeds a limit at line 1, column \\d+: number value length "
                        + "\\(51\\) exceeds the maximum allowed \\(50\\)");
        assertThat(READER.read(Documents.with("patient.ageYears", "34." + "0".repeat(CaseReader.MAX_NUMBER_CHARS
                - 2))).patient().ageYears()).isEqualTo(34);
    }

    @Test
    void aDepthWithThreeDecimalPlacesIsReadAndFourIsReported() {
        assertThat(READER.read(Documents.with("plan.areas[0].depthMm", "0.075")).plan().areas().get(0).depthMm())
                .isEqualByComparingTo("0.075");
        assertThat(problems(Documents.with("plan.areas[0].depthMm", "0.0755")))
                .containsExactly("plan.areas[0].depthMm: must have at most 3 decimal places, was 0.0755");
    }

    @Test
    void oneHundredProblemsAreListedAndMoreAreCounted() {
        ObjectNode document = Documents.example();
        ArrayNode allergies = document.withObject("/patient").putArray("allergies");
        for (int i = 0; i < CaseReader.MAX_PROBLEMS; i++) {
            allergies.add("NOPE");
        }

        assertThat(problems(document.toString())).hasSize(CaseReader.MAX_PROBLEMS)
                .allMatch(problem -> problem.startsWith("patient.allergies["));

        document.put("jurisdiction", "NOPE");

        List<String> problems = problems(document.toString());
        assertThat(problems).hasSize(CaseReader.MAX_PROBLEMS + 1);
        assertThat(problems.get(0)).startsWith("jurisdiction: unknown profile 'NOPE'");
        assertThat(problems.get(CaseReader.MAX_PROBLEMS)).isEqualTo(": and 1 more problem(s) not listed");
    }

    /** One character that takes one, two, three and four bytes in UTF-8 (the last is two Java chars). */
    @ParameterizedTest
    @ValueSource(strings = {"x", "\u00e9", "\u6f22", "\ud83d\ude00"})
    void aStringOfOneThousandCharactersIsReadAndOneMoreIsReported(String character) {
        ObjectNode document = Documents.example();
        document.put("caseId", character.repeat(MAX));
        document.put("notes", character.repeat(MAX));

        assertThat(READER.read(document.toString()).caseId()).isEqualTo(character.repeat(MAX));

        document.put("caseId", character.repeat(MAX + 1));
        document.put("notes", character.repeat(MAX + 1));

        assertThat(problems(document.toString())).containsExactly(
                "caseId: must be at most 1000 characters long, is 1001",
                "notes: must be at most 1000 characters long, is 1001");
    }

    @ParameterizedTest
    @ValueSource(strings = {"x", "\u00e9", "\u6f22", "\ud83d\ude00"})
    void aFieldNameOfOneThousandCharactersIsIgnoredAndOneMoreIsReportedAtItsObject(String character) {
        ObjectNode document = Documents.example();
        document.withObject("/patient").put(character.repeat(MAX), 1);

        assertThat(READER.read(document.toString())).isEqualTo(READER.read(Documents.example().toString()));

        document.withObject("/patient").put(character.repeat(MAX + 1), 1);

        assertThat(problems(document.toString())).containsExactly("patient: field name '"
                + character.repeat(60) + "...' must be at most 1000 characters long, is 1001");
    }

    @ParameterizedTest
    @ValueSource(ints = {1001, 5000, 100_000})
    void aLongFieldNameAtTheTopHidesNoOtherProblem(int length) {
        ObjectNode document = Documents.example();
        document.remove("assessmentDate");
        document.put("n".repeat(length), true);

        assertThat(problems(document.toString())).containsExactly(
                ": field name '" + "n".repeat(60) + "...' must be at most 1000 characters long, is " + length,
                "assessmentDate: required");
    }

    /** The contract's example with an unknown field holding the number exactly as written. */
    private static String notes(String number) {
        return Documents.with("notes", "0").replace("\"notes\":0", "\"notes\":" + number);
    }

    private static InputStream stream(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }

    /** The contract's error record for the document, as the command line writes it. */
    private static String errorRecord(String json) {
        InvalidCaseException invalid = catchThrowableOfType(InvalidCaseException.class, () -> READER.read(json));
        return AssessmentWriter.errorRecord("case.json", invalid.problems());
    }

    private static List<String> problems(String json) {
        return problems(() -> READER.read(json));
    }

    private static List<String> problems(Runnable read) {
        InvalidCaseException invalid = catchThrowableOfType(InvalidCaseException.class, read::run);
        assertThat(invalid).as("the document should be invalid").isNotNull();
        return invalid.problems().stream().map(Problem::toString).toList();
    }
}
