package org.needlesafe.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
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

    private static List<String> problems(String json) {
        InvalidCaseException invalid = catchThrowableOfType(InvalidCaseException.class, () -> READER.read(json));
        assertThat(invalid).as("the document should be invalid").isNotNull();
        return invalid.problems().stream().map(Problem::toString).toList();
    }
}
