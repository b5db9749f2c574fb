package org.needlesafe.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.needlesafe.InvalidCaseException;
import org.needlesafe.Problem;
import org.needlesafe.TreatmentCase;

/**
 * The fuzzer's mutations applied systematically, at every place they apply to in a document that uses every part
 * of the contract, with the exact answer: every prefix, an unknown code at every code, an unknown field in every
 * object, every object with a field twice, impossible dates at every date, huge numbers, encodings and control
 * characters.
 */
class MalformedInputFuzzTest {
    private static final CaseReader READER = new CaseReader(AdvisorHolder.ADVISOR);

    /** The contract's example with an entry in every list, so that every code and date of the contract is in it. */
    static ObjectNode everyField() {
        ObjectNode document = Documents.example();
        Documents.set(document, "patient.conditions", """
                [{"code": "HERPES_SIMPLEX", "status": "HISTORY", "areas": ["PERIORAL"], "onsetDate": "2019-05-01"}]""");
        Documents.set(document, "patient.medications", """
                [{"code": "ISOTRETINOIN", "status": "STOPPED", "lastTakenDate": "2025-01-31"}]""");
        Documents.set(document, "patient.allergies", "[\"PABA_OR_SULFONAMIDE\", {\"code\": \"CHLORHEXIDINE\"}]");
        Documents.set(document, "patient.recentProcedures", """
                [{"code": "NEUROTOXIN", "date": "2026-09-01", "areas": ["FOREHEAD"]}]""");
        Documents.set(document, "patient.implants", """
                ["GOLD_THREADS", {"code": "METAL_IMPLANT_IN_AREA", "areas": ["CHIN"]}]""");
        Documents.set(document, "setup.bloodHandlingCompliant", "true");
        return document;
    }

    // --- truncation ---------------------------------------------------------------------------------------------

    /** Cut before every byte, inside multi-byte characters too: each prefix is refused, the whole is read. */
    @Test
    void everyPrefixIsRefusedAndTheWholeDocumentIsRead() {
        ObjectNode document = everyField();
        document.put("caseId", "d\u00e9mo-\u6f22-\ud83d\ude00");
        byte[] bytes = document.toPrettyString().concat("\n").getBytes(UTF_8);
        TreatmentCase whole = READER.read(new ByteArrayInputStream(bytes));
        int lastBrace = bytes.length - 1;
        while (bytes[lastBrace] != '}') {
            lastBrace--;
        }

        for (int cut = 0; cut < bytes.length; cut++) {
            byte[] prefix = Arrays.copyOf(bytes, cut);
            if (cut <= lastBrace) {
                assertThat(problems(prefix)).as("the first %d bytes", cut).singleElement().asString()
                        .matches(": (the document is empty: expected one JSON object"
                                + "|invalid JSON at line \\d+, column \\d+: .+)");
            } else {
                assertThat(READER.read(new ByteArrayInputStream(prefix))).isEqualTo(whole);
            }
        }
    }

    // --- codes and fields ---------------------------------------------------------------------------------------

    static Stream<String> codePaths() {
        List<String> paths = new ArrayList<>();
        walk(everyField(), "", (path, node) -> {
            if (node.isTextual() && (FuzzSchema.CODES.containsKey(FuzzSchema.normalise(path))
                    || path.equals("jurisdiction"))) {
                paths.add(path);
            }
        });
        return paths.stream();
    }

    @ParameterizedTest
    @MethodSource("codePaths")
    void anUnknownCodeIsReportedAtItsPath(String path) {
        ObjectNode document = everyField();
        Documents.set(document, path, "\"NOPE\"");

        String expected = path.equals("jurisdiction")
                ? "unknown profile 'NOPE' (loaded: " + String.join(", ", AdvisorHolder.ADVISOR.jurisdictions().ids())
                + ")"
                : "unknown code 'NOPE' (expected one of " + Arrays.stream(FuzzSchema.CODES.get(
                FuzzSchema.normalise(path)).getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "))
                + ")";
        assertThat(problems(document.toString())).containsExactly(path + ": " + expected);
    }

    static Stream<Arguments> unknownFields() {
        List<String> objects = new ArrayList<>();
        walk(everyField(), "", (path, node) -> {
            if (node.isObject()) {
                objects.add(path);
            }
        });
        List<String> values = List.of("1e309", "-0", "9999999999999999999999", "1e-999999999", "[[[[[]]]]]",
                "{\"code\": \"NOPE\"}", "\"NOPE\"", "null", "\"\\u0000\\n\"", "\"" + "x".repeat(1000) + "\"");
        List<Arguments> arguments = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            for (String name : List.of("zz", "code", "patient")) {
                arguments.add(Arguments.of(objects.get(i), name, values.get((i + name.length()) % values.size())));
            }
        }
        return arguments.stream();
    }

    /** An unknown field, even one named like a known field elsewhere, is ignored wherever it is. */
    @ParameterizedTest(name = "{0} + {1}: {2}")
    @MethodSource("unknownFields")
    void anUnknownFieldChangesNothing(String objectPath, String name, String value) {
        ObjectNode document = everyField();
        JsonNode object = objectPath.isEmpty() ? document : at(document, objectPath);
        if (object.has(name)) {
            return; // known here: not this test's business
        }
        ((ObjectNode) object).set(name, Documents.parse(value));

        assertThat(READER.read(document.toString())).isEqualTo(READER.read(everyField().toString()));
    }

    static Stream<String> objectPaths() {
        List<String> objects = new ArrayList<>();
        walk(everyField(), "", (path, node) -> {
            if (node.isObject() && node.size() > 0) {
                objects.add(path);
            }
        });
        return objects.stream();
    }

    @ParameterizedTest
    @MethodSource("objectPaths")
    void aFieldGivenTwiceIsRefusedInEveryObject(String objectPath) {
        ObjectNode document = everyField();
        ObjectNode object = (ObjectNode) (objectPath.isEmpty() ? document : at(document, objectPath));
        String first = object.fieldNames().next();
        String twice = object.toString().replaceFirst("}$", ",\"" + first + "\":null}");
        String json = objectPath.isEmpty() ? twice : document.toString().replace(object.toString(), twice);

        assertThat(problems(json)).containsExactly(
                (objectPath.isEmpty() ? first : objectPath + "." + first) + ": given twice");
    }

    // --- dates and numbers --------------------------------------------------------------------------------------

    static Stream<Arguments> impossibleDates() {
        List<String> paths = new ArrayList<>();
        walk(everyField(), "", (path, node) -> {
            if (FuzzSchema.DATES.contains(FuzzSchema.normalise(path))) {
                paths.add(path);
            }
        });
        List<Arguments> arguments = new ArrayList<>();
        for (String path : paths) {
            for (String date : List.of("2026-02-30", "+10000-01-01", "2025-02-29", "-0001-01-01", "2026-1-5",
                    "2026-11-25T10:00", "+999999999-12-31", "\uff12\uff10\uff12\uff16-11-25")) {
                arguments.add(Arguments.of(path, date));
            }
        }
        return arguments.stream();
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("impossibleDates")
    void anImpossibleDateIsReportedAtItsPath(String path, String date) {
        ObjectNode document = everyField();
        Documents.set(document, path, "\"" + date + "\"");

        assertThat(problems(document.toString()))
                .contains(path + ": must be a date (YYYY-MM-DD), was '" + date + "'");
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
        "patient.ageYears | 1e309 | patient.ageYears: is out of range, was 1E+309",
        "patient.ageYears | 9999999999999999999999 | patient.ageYears: is out of range, was 9999999999999999999999",
        "patient.ageYears | 1e-999999999 | patient.ageYears: must be a whole number, was 1E-999999999",
        "patient.ageYears | -1 | patient.ageYears: must be between 0 and 130",
        "practitioner.yearsExperience | 1e309 | practitioner.yearsExperience: is out of range, was 1E+309",
        "practitioner.yearsExperience | -0.5 | practitioner.yearsExperience: must be a whole number, was -0.5",
        "plan.areas[0].depthMm | 1e309 | plan.areas[0].depthMm: must be > 0 and <= 3.5",
        "plan.areas[0].depthMm | -0 | plan.areas[0].depthMm: must be > 0 and <= 3.5",
        "plan.areas[0].depthMm | 9999999999999999999999 | plan.areas[0].depthMm: must be > 0 and <= 3.5",
        "plan.areas[0].depthMm | 1e-999999999 | plan.areas[0].depthMm: must have at most 3 decimal places, "
                + "was 1E-999999999",
        "plan.areas[0].depthMm | 1e-2147483648 | : invalid JSON at line 1, column \\d+: "
                + "number '1e-2147483648' is out of range",
        "patient.ageYears | 1e2147483648 | : invalid JSON at line 1, column \\d+: number '1e2147483648' is out of "
                + "range",
    })
    void hugeNumbersAreReportedAtTheirPath(String path, String number, String expected) {
        String json = Documents.with(path, "0").replace(":0,", ":" + number + ",").replace(":0}", ":" + number + "}");

        assertThat(problems(json)).singleElement().asString().matches(expected.startsWith(":") ? expected
                : java.util.regex.Pattern.quote(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-0", "0.0", "34.000", "3.4E1", "340E-1"})
    void aWholeNumberMayBeWrittenAnyWay(String number) {
        String json = Documents.with("patient.ageYears", "0").replace(":0,", ":" + number + ",");

        assertThat(READER.read(json).patient().ageYears()).isEqualTo(number.startsWith("3") ? 34 : 0);
    }

    // --- encodings and characters -------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"UTF-8", "UTF-16BE", "UTF-16LE", "UTF-32BE", "UTF-32LE"})
    void theSameCaseInEveryEncodingJacksonDetectsWithOrWithoutAByteOrderMark(String encoding) {
        String json = everyField().toString();
        Charset charset = Charset.forName(encoding);
        TreatmentCase expected = READER.read(json);

        assertThat(READER.read(new ByteArrayInputStream(json.getBytes(charset)))).isEqualTo(expected);
        assertThat(READER.read(new ByteArrayInputStream(("\ufeff" + json).getBytes(charset)))).isEqualTo(expected);
    }

    /**
     * Jackson's UTF-32 decoder corrupted a character beyond U+FFFF that fell on its 4000-character buffer boundary
     * (jackson-core issue 1713; found by fuzzing a 5000-emoji field name): the reader now decodes UTF-16 and UTF-32.
     */
    @ParameterizedTest
    @ValueSource(strings = {"UTF-32BE", "UTF-32LE", "UTF-16BE", "UTF-16LE"})
    void aCharacterBeyondUffffIsReadWholeWhereverItFalls(String encoding) {
        String example = everyField().toString().replace("demo-001", "demo-\ud83d\ude00");
        for (int spaces = 3950; spaces < 4050; spaces++) {
            String json = "{" + " ".repeat(spaces) + example.substring(1);
            byte[] bytes = json.getBytes(Charset.forName(encoding));

            assertThat(READER.read(new ByteArrayInputStream(bytes)).caseId()).as("after %d spaces", spaces)
                    .isEqualTo("demo-\ud83d\ude00");
        }
    }

    @ParameterizedTest
    @CsvSource({"UTF-16LE, 00d8", "UTF-16BE, dc00", "UTF-32BE, 0000d800", "UTF-32LE, 00001100"})
    void textThatIsNotUtf16OrUtf32IsRefused(String encoding, String hex) {
        byte[] json = "{\"caseId\": \"demo-@\"}".getBytes(Charset.forName(encoding));
        byte[] at = "@".getBytes(Charset.forName(encoding));
        int i = new String(json, Charset.forName(encoding)).indexOf('@') * at.length;
        byte[] broken = java.util.HexFormat.of().parseHex(hex);

        assertThat(problems(FuzzDocuments.splice(json, i, at.length, broken))).containsExactly(
                ": invalid JSON at line 1, column 18: invalid " + encoding + " text");
    }

    @Test
    void aByteOrderMarkAnywhereElseIsRefused() {
        String json = everyField().toString();

        assertThat(problems(("\ufeff\ufeff" + json).getBytes(UTF_8))).singleElement().asString()
                .startsWith(": invalid JSON at line 1, column ");
        assertThat(problems(FuzzDocuments.concat(FuzzDocuments.bytes(0xFE, 0xFF), json.getBytes(UTF_8))))
                .singleElement().asString().startsWith(":");
        assertThat(problems(json.replace("\"patient\"", "\ufeff\"patient\"").getBytes(UTF_8)))
                .singleElement().asString().startsWith(": invalid JSON at line 1, column ");
    }

    @ParameterizedTest
    @ValueSource(ints = {0x00, 0x01, 0x07, 0x0A, 0x0D, 0x1B, 0x1F})
    void aRawControlCharacterInAStringIsInvalidJson(int control) {
        String json = everyField().toString().replace("demo-001", "demo" + (char) control + "001");

        assertThat(problems(json.getBytes(UTF_8))).singleElement().asString()
                .startsWith(": invalid JSON at line 1, column ")
                .contains("has to be escaped using backslash to be included in string value");
    }

    @Test
    void anEscapedControlCharacterIsDataAndStaysOutOfTheLinesWritten() {
        String json = everyField().toString().replace("demo-001", "demo\\u0000\\n\\u2028001");

        TreatmentCase treatment = READER.read(json);

        assertThat(treatment.caseId()).isEqualTo("demo\u0000\n\u2028001");
        assertThat(AssessmentWriter.toJson(AdvisorHolder.ADVISOR.assess(treatment)))
                .doesNotContain("\n", "\u0000").contains("\"caseId\":\"demo\\u0000\\n");
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    private interface Visitor {
        void visit(String path, JsonNode node);
    }

    /** Every value below the root, with its contract path, in document order. */
    private static void walk(JsonNode node, String path, Visitor visitor) {
        if (!path.isEmpty() || node.isObject()) {
            visitor.visit(path, node);
        }
        if (node.isObject()) {
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                walk(node.get(name), path.isEmpty() ? name : path + "." + name, visitor);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), path + "[" + i + "]", visitor);
            }
        }
    }

    private static JsonNode at(JsonNode document, String path) {
        JsonNode node = document;
        for (String step : path.replace("[", ".[").split("\\.")) {
            node = step.startsWith("[") ? node.get(Integer.parseInt(step.substring(1, step.length() - 1)))
                    : node.get(step);
        }
        return node;
    }

    private static List<String> problems(String json) {
        return problems(json.getBytes(UTF_8));
    }

    private static List<String> problems(byte[] json) {
        InvalidCaseException invalid = catchThrowableOfType(InvalidCaseException.class,
                () -> READER.read(new ByteArrayInputStream(json)));
        assertThat(invalid).as("the document should be invalid").isNotNull();
        return invalid.problems().stream().map(Problem::toString).toList();
    }
}
