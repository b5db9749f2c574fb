package org.needlesafe.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.needlesafe.CaseValidator;
import org.needlesafe.InvalidCaseException;
import org.needlesafe.Problem;
import org.needlesafe.SafetyAdvisor;
import org.needlesafe.TreatmentCase;
import org.needlesafe.clearance.Clearance;
import org.needlesafe.clearance.ClearingRole;
import org.needlesafe.patient.Allergy;
import org.needlesafe.patient.Condition;
import org.needlesafe.patient.ConditionCode;
import org.needlesafe.patient.ConditionStatus;
import org.needlesafe.patient.FitzpatrickType;
import org.needlesafe.patient.Implant;
import org.needlesafe.patient.ImplantCode;
import org.needlesafe.patient.Medication;
import org.needlesafe.patient.MedicationCode;
import org.needlesafe.patient.MedicationStatus;
import org.needlesafe.patient.Patient;
import org.needlesafe.patient.SexForClinicalUse;
import org.needlesafe.patient.ProcedureCode;
import org.needlesafe.patient.RecentProcedure;
import org.needlesafe.plan.Area;
import org.needlesafe.plan.Device;
import org.needlesafe.plan.Indication;
import org.needlesafe.plan.PlannedArea;
import org.needlesafe.plan.Topical;
import org.needlesafe.plan.TopicalProduct;
import org.needlesafe.plan.TreatmentPlan;
import org.needlesafe.practitioner.Credential;
import org.needlesafe.practitioner.Practitioner;
import org.needlesafe.setup.Antisepsis;
import org.needlesafe.setup.Needles;
import org.needlesafe.setup.Setting;
import org.needlesafe.setup.SterileSetup;

/**
 * Reads one case document of the public JSON contract into a {@link TreatmentCase}, or reports every problem with
 * it at once, each with its JSON path ({@code plan.areas[0].depthMm: must be > 0 and <= 3.5}).
 *
 * <p>It reads what the contract says and nothing more: unknown fields are ignored (newer senders must work), unknown
 * codes are invalid. A yes/no answer that is absent or {@code null} stays unknown and a list that is absent or
 * {@code null} stays "not reviewed" ({@code []} is "reviewed, none"), so the fail-safe can see them. Depths keep the
 * exact decimal written; a whole number may be written {@code 34} or {@code 34.0}. Dates are calendar dates
 * written YYYY-MM-DD, with a four-digit year. After mapping, the core validation runs too and its problems are
 * merged with the reader's, one message per path, in document order.
 *
 * <p>Input limits, so that no document can exhaust memory or time; each breach is reported as a problem like any
 * other:
 * <ul>
 *   <li>a document has at most {@value #MAX_DOCUMENT_BYTES} bytes (1 MiB);</li>
 *   <li>objects and lists nest at most {@value #MAX_NESTING_DEPTH} levels deep;</li>
 *   <li>a list has at most {@value #MAX_LIST_ENTRIES} entries, anywhere in the document;</li>
 *   <li>a string has at most {@value #MAX_STRING_CHARS} characters, anywhere in the document, and so has a field
 *       name (characters as a reader counts them: an emoji or a CJK ideograph is one);</li>
 *   <li>a number has at most {@value #MAX_NUMBER_CHARS} digits, its exponent's included (the parser counts
 *       neither sign nor point), and a depth at most {@value #MAX_DEPTH_DECIMALS} decimal places;</li>
 *   <li>at most {@value #MAX_PROBLEMS} problems are listed for one document.</li>
 * </ul>
 * A field given twice in one object is invalid JSON here: which of the two answers counts would be a guess.
 *
 * <p>Whatever the input, the only exception it throws is {@link InvalidCaseException}. Immutable and thread-safe.
 */
public final class CaseReader {
    /** The largest document read, in bytes: 1 MiB. */
    public static final int MAX_DOCUMENT_BYTES = 1024 * 1024;
    /** How deep objects and lists may nest. */
    public static final int MAX_NESTING_DEPTH = 32;
    /** The most entries one list may have. */
    public static final int MAX_LIST_ENTRIES = 100;
    /** The longest string (and field name), in characters. */
    public static final int MAX_STRING_CHARS = 1000;
    /** The most digits a number may have, its exponent's included. */
    public static final int MAX_NUMBER_CHARS = 50;
    /** The most decimal places a depth may have (0.075 mm is the finest roller on the market). */
    public static final int MAX_DEPTH_DECIMALS = 3;
    /** The most problems listed for one document; further ones are counted, not listed. */
    public static final int MAX_PROBLEMS = 100;

    private static final int QUOTE_CHARS = 60;
    /** Paths up to this long have their place in the document recorded; the contract's are all shorter. */
    private static final int MAX_RECORDED_PATH = 200;
    private static final Pattern JACKSON_SOURCE = Pattern.compile(
            "\\[Source: [^\\]]*?; line: (\\d+), column: (\\d+)]");
    private static final Pattern JACKSON_CONSTRAINT_ORIGIN = Pattern.compile(", from `[^`]*`\\)");

    /**
     * YYYY-MM-DD with a four-digit year: ISO_LOCAL_DATE would also take {@code +10000-01-01} and
     * {@code +999999999-12-31}, where the rules' date arithmetic overflows.
     */
    private static final DateTimeFormatter DATE = new DateTimeFormatterBuilder()
            .appendValue(ChronoField.YEAR, 4)
            .appendLiteral('-')
            .appendValue(ChronoField.MONTH_OF_YEAR, 2)
            .appendLiteral('-')
            .appendValue(ChronoField.DAY_OF_MONTH, 2)
            .toFormatter()
            .withResolverStyle(ResolverStyle.STRICT);

    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxDocumentLength(MAX_DOCUMENT_BYTES)
                            .maxNestingDepth(MAX_NESTING_DEPTH)
                            // Long names and strings are reported with their path by the reader (in characters,
                            // where Jackson would count bytes); these only bound the parser.
                            .maxNameLength(MAX_DOCUMENT_BYTES)
                            .maxStringLength(MAX_DOCUMENT_BYTES)
                            .maxNumberLength(MAX_NUMBER_CHARS)
                            .build())
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .build())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .build();

    private final Function<TreatmentCase, List<Problem>> validator;

    /** A reader that validates against the advisor's loaded jurisdiction profiles. */
    public CaseReader(SafetyAdvisor advisor) {
        Objects.requireNonNull(advisor, "advisor");
        this.validator = advisor::validate;
    }

    /** A reader that validates against these jurisdiction profile ids, e.g. {@code US-UT}. */
    public CaseReader(Collection<String> jurisdictionIds) {
        Set<String> ids = Collections.unmodifiableSortedSet(new TreeSet<>(
                Objects.requireNonNull(jurisdictionIds, "jurisdictionIds")));
        this.validator = treatment -> CaseValidator.validate(treatment, ids);
    }

    /**
     * Reads a case document.
     *
     * @throws InvalidCaseException listing every problem with the document
     */
    public TreatmentCase read(String json) {
        Objects.requireNonNull(json, "json");
        if (json.length() > MAX_DOCUMENT_BYTES) {
            throw tooLarge(); // every character takes a byte or more: refused before it is copied into bytes
        }
        return read(json.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Reads a case document from the stream (UTF-8, or UTF-16/32 with a byte-order mark); does not close it.
     *
     * @throws InvalidCaseException listing every problem with the document, including a stream that cannot be read
     */
    public TreatmentCase read(InputStream in) {
        Objects.requireNonNull(in, "in");
        try {
            return read(readAtMost(in));
        } catch (IOException e) {
            throw invalid("cannot be read: " + e.getMessage());
        }
    }

    /**
     * Reads a case file.
     *
     * @throws InvalidCaseException listing every problem with the file, including a file that is missing or cannot
     *                              be read
     */
    public TreatmentCase read(Path file) {
        Objects.requireNonNull(file, "file");
        if (Files.isDirectory(file)) {
            throw invalid("is a folder, not a case file");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(readAtMost(in));
        } catch (NoSuchFileException e) {
            throw invalid("no such file");
        } catch (AccessDeniedException e) {
            throw invalid("cannot be read: permission denied");
        } catch (IOException e) {
            throw invalid("cannot be read: " + e.getMessage());
        }
    }

    private TreatmentCase read(byte[] document) {
        if (document == null || document.length > MAX_DOCUMENT_BYTES) {
            throw tooLarge();
        }
        String wideText = wideText(document);
        String notUtf8 = wideText == null ? notUtf8(document) : null;
        if (notUtf8 != null) {
            throw invalid(notUtf8);
        }
        JsonNode root;
        JsonParser parser = null;
        try {
            parser = wideText != null ? MAPPER.createParser(wideText) : MAPPER.createParser(document);
            root = MAPPER.readTree(parser);
            if (root != null && parser.nextToken() != null) {
                throw invalid("invalid JSON" + at(parser.currentTokenLocation())
                        + ": more content after the case object (one document holds one case)");
            }
        } catch (JsonProcessingException e) {
            throw invalid(describe(e, parser));
        } catch (NumberFormatException e) {
            // An exponent no decimal can hold (1e-2147483648): Jackson lets the BigDecimal's exception through.
            throw invalid("invalid JSON" + at(parser.currentTokenLocation()) + ": number " + numberText(parser)
                    + " is out of range");
        } catch (IOException e) {
            throw invalid("cannot be read: " + e.getMessage());
        } finally {
            closeQuietly(parser);
        }
        if (root == null || root.isMissingNode()) {
            throw invalid("the document is empty: expected one JSON object");
        }
        if (!root.isObject()) {
            throw invalid("must be a JSON object (one case), was " + kind(root));
        }
        Mapping mapping = new Mapping(root);
        TreatmentCase treatment = mapping.treatmentCase(root);
        List<Problem> problems = mapping.merge(validator.apply(treatment));
        if (!problems.isEmpty()) {
            throw new InvalidCaseException(printable(problems));
        }
        return treatment;
    }

    /**
     * The text of a UTF-16 or UTF-32 document, decoded by the JDK, or {@code null} for any other. Jackson recognises
     * these encodings the same way (a byte-order mark, else where the zero bytes are among the first four) but
     * decodes them less well: its UTF-32 decoder corrupts a character beyond U+FFFF that falls on the boundary of its
     * buffer (jackson-core issue 1713), and its UTF-16 decoding turns an unpaired surrogate into U+FFFD silently.
     */
    private static String wideText(byte[] document) {
        int b0 = byteAt(document, 0);
        int b1 = byteAt(document, 1);
        int b2 = byteAt(document, 2);
        int b3 = byteAt(document, 3);
        if (b0 == 0 && b1 == 0 && b2 == 0xFE && b3 == 0xFF) {
            return decode(document, 4, Charset.forName("UTF-32BE"));
        } else if (b0 == 0xFF && b1 == 0xFE && b2 == 0 && b3 == 0) {
            return decode(document, 4, Charset.forName("UTF-32LE"));
        } else if (b0 == 0xFE && b1 == 0xFF) {
            return decode(document, 2, StandardCharsets.UTF_16BE);
        } else if (b0 == 0xFF && b1 == 0xFE) {
            return decode(document, 2, StandardCharsets.UTF_16LE);
        } else if (b0 == 0 && b1 == 0 && b2 == 0 && b3 > 0) {
            return decode(document, 0, Charset.forName("UTF-32BE"));
        } else if (b0 > 0 && b1 == 0 && b2 == 0 && b3 == 0) {
            return decode(document, 0, Charset.forName("UTF-32LE"));
        } else if (b0 == 0 && b1 > 0) {
            return decode(document, 0, StandardCharsets.UTF_16BE);
        } else if (b0 > 0 && b1 == 0) {
            return decode(document, 0, StandardCharsets.UTF_16LE);
        }
        return null;
    }

    private static int byteAt(byte[] document, int i) {
        return i < document.length ? document[i] & 0xFF : -1;
    }

    private static String decode(byte[] document, int start, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer text = CharBuffer.allocate(document.length / 2 + 1);
        CoderResult result = decoder.decode(ByteBuffer.wrap(document, start, document.length - start), text, true);
        if (!result.isError()) {
            result = decoder.flush(text);
        }
        int end = result.isError() ? text.position() : unpairedSurrogate(text.flip());
        if (end < 0) {
            return text.toString();
        }
        int line = 1;
        int column = 1;
        for (int i = 0; i < end; i++) {
            line += text.get(i) == '\n' ? 1 : 0;
            column = text.get(i) == '\n' ? 1 : column + 1;
        }
        throw invalid("invalid JSON at line " + line + ", column " + column + ": invalid " + charset.name() + " text");
    }

    /** Where the first unpaired surrogate is, or -1: the JDK's UTF-32 decoder lets surrogate code points through. */
    private static int unpairedSurrogate(CharBuffer text) {
        for (int i = 0; i < text.limit(); i++) {
            char c = text.get(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.limit() && Character.isLowSurrogate(text.get(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Where a document that is neither UTF-16 nor UTF-32 is not UTF-8, or {@code null}. Jackson decodes overlong forms
     * and surrogates without a word (C1 90 becomes 'P', so "PEN" can be sent in bytes that a filter looking for it
     * does not see); the JDK's decoder refuses them. A zero byte among the first four in another layout (UCS-4 2143
     * or 3412) is left to Jackson, which refuses it.
     */
    private static String notUtf8(byte[] document) {
        for (int i = 0; i < Math.min(4, document.length); i++) {
            if (document[i] == 0) {
                return null;
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(document);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                int at = in.position();
                StringBuilder bytes = new StringBuilder();
                for (int i = at; i < at + result.length(); i++) {
                    bytes.append(String.format(" 0x%02x", document[i] & 0xFF));
                }
                return "invalid JSON at line " + lineOf(document, at) + ", column " + columnOf(document, at)
                        + ": invalid UTF-8 sequence" + bytes;
            }
            if (result.isUnderflow()) {
                return null;
            }
            out.clear();
        }
    }

    private static int lineOf(byte[] document, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (document[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static int columnOf(byte[] document, int offset) {
        int start = offset;
        while (start > 0 && document[start - 1] != '\n') {
            start--;
        }
        return offset - start + 1;
    }

    /** The whole stream, or {@code null} when it is longer than the limit (without reading much past it). */
    private static byte[] readAtMost(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int read;
        while ((read = in.read(buffer)) != -1) {
            out.write(buffer, 0, read);
            if (out.size() > MAX_DOCUMENT_BYTES) {
                return null;
            }
        }
        return out.toByteArray();
    }

    private static String describe(JsonProcessingException e, JsonParser parser) {
        String message = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
        message = JACKSON_SOURCE.matcher(message).replaceAll("line $1, column $2");
        message = JACKSON_CONSTRAINT_ORIGIN.matcher(message).replaceAll(")");
        int newline = message.indexOf('\n');
        if (newline >= 0) {
            message = message.substring(0, newline);
        }
        if (!message.isEmpty()) {
            message = Character.toLowerCase(message.charAt(0)) + message.substring(1);
        }
        JsonLocation where = e.getLocation();
        if (where == null && parser != null) {
            where = parser.currentLocation(); // a breached limit carries no location of its own
        }
        String what = e instanceof StreamConstraintsException ? "the document exceeds a limit" : "invalid JSON";
        return what + at(where) + ": " + message;
    }

    private static String numberText(JsonParser parser) {
        try {
            return quote(parser.getText());
        } catch (IOException e) {
            return "here"; // the parser holds the text of its current token: nothing to read
        }
    }

    private static String at(JsonLocation where) {
        return where == null || where.getLineNr() < 1 ? ""
                : " at line " + where.getLineNr() + ", column " + where.getColumnNr();
    }

    private static void closeQuietly(JsonParser parser) {
        if (parser != null) {
            try {
                parser.close();
            } catch (IOException e) {
                // A parser over a byte array holds nothing that could fail to close.
            }
        }
    }

    private static InvalidCaseException tooLarge() {
        return invalid("the document is larger than " + MAX_DOCUMENT_BYTES + " bytes (1 MiB)");
    }

    private static InvalidCaseException invalid(String message) {
        return new InvalidCaseException(List.of(new Problem("", printable(message))));
    }

    /**
     * The problems with each path and message on one printable line: they quote what the document holds (codes,
     * dates, field names), and a sender must not be able to start a line of its own in someone's error report.
     */
    private static List<Problem> printable(List<Problem> problems) {
        List<Problem> printable = new ArrayList<>(problems.size());
        for (Problem problem : problems) {
            printable.add(new Problem(printable(problem.path()), printable(problem.message())));
        }
        return printable;
    }

    /** The text with control characters, line separators and unpaired surrogates escaped (backslash, u, hex). */
    private static String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || Character.isSurrogate(c)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String kind(JsonNode node) {
        if (node.isTextual()) {
            return "a string";
        } else if (node.isNumber()) {
            return "a number";
        } else if (node.isBoolean()) {
            return node.booleanValue() ? "true" : "false";
        } else if (node.isArray()) {
            return "a list";
        } else if (node.isObject()) {
            return "an object";
        } else if (node.isNull()) {
            return "null";
        }
        return node.getNodeType().toString().toLowerCase();
    }

    /** A value for a message: quoted, and cut short when long. */
    private static String quote(String text) {
        if (text.length() <= QUOTE_CHARS || characters(text) <= QUOTE_CHARS) {
            return "'" + text + "'";
        }
        return "'" + text.substring(0, text.offsetByCodePoints(0, QUOTE_CHARS)) + "...'";
    }

    /** Whether the text is longer than {@link #MAX_STRING_CHARS} characters (code points, as a reader counts). */
    private static boolean tooLong(String text) {
        return text.length() > MAX_STRING_CHARS && characters(text) > MAX_STRING_CHARS;
    }

    private static int characters(String text) {
        return text.codePointCount(0, text.length());
    }

    private static String field(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static String index(String path, int i) {
        return path + "[" + i + "]";
    }

    /** The enclosing path: {@code a.b[2]} for {@code a.b[2].c}, {@code a.b} for {@code a.b[2]}; "" at the top. */
    private static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut < 0 ? "" : path.substring(0, cut);
    }

    /** Where a value is in the document; its path is written out only when asked for. */
    private record Where(Where parent, String name, int index, int length) {
        static final Where ROOT = new Where(null, null, -1, 0);

        Where field(String field) {
            return new Where(this, field, -1, length + (length == 0 ? 0 : 1) + field.length());
        }

        Where entry(int i) {
            return new Where(this, null, i, length + 2 + Integer.toString(i).length());
        }

        /** The path, written as field() and index() write it. */
        String path() {
            StringBuilder path = new StringBuilder(length);
            append(path);
            return path.toString();
        }

        private void append(StringBuilder path) {
            if (parent == null) {
                return;
            }
            parent.append(path);
            if (name == null) {
                path.append('[').append(index).append(']');
            } else {
                path.append(path.length() == 0 ? "" : ".").append(name);
            }
        }
    }

    /** One entry of a list, mapped; the entry node is neither absent nor JSON null. */
    private interface EntryMapper<T> {
        T map(JsonNode entry, String path);
    }

    /** The work on one document: its problems and where each path appears in it. */
    private static final class Mapping {
        private final List<Problem> problems = new ArrayList<>();
        /** Reported at the object, but covering nothing in it: the validator's problems there still count. */
        private final List<Problem> nameProblems = new ArrayList<>();
        private final Map<String, Integer> order = new HashMap<>();
        private int surveyed;

        Mapping(JsonNode root) {
            survey(root, Where.ROOT);
        }

        /**
         * Records where each path appears, in document order, and checks the size limits everywhere, known fields or
         * not. Only the short paths are recorded, which include all the contract's: under long field names a path
         * can run to kilobytes, and writing one out for every value would take gigabytes.
         */
        private void survey(JsonNode node, Where where) {
            int position = surveyed++;
            if (where.length() <= MAX_RECORDED_PATH) {
                order.putIfAbsent(where.path(), position);
            }
            if (node.isTextual() && tooLong(node.textValue())) {
                surveyProblem(where, position, "must be at most " + MAX_STRING_CHARS + " characters long, is "
                        + characters(node.textValue()));
            } else if (node.isArray()) {
                if (node.size() > MAX_LIST_ENTRIES) {
                    surveyProblem(where, position, "must have at most " + MAX_LIST_ENTRIES + " entries, has "
                            + node.size());
                    return;
                }
                for (int i = 0; i < node.size(); i++) {
                    survey(node.get(i), where.entry(i));
                }
            } else if (node.isObject()) {
                for (Map.Entry<String, JsonNode> entry : node.properties()) {
                    if (tooLong(entry.getKey())) {
                        String path = where.path();
                        order.putIfAbsent(path, position);
                        nameProblems.add(new Problem(path, "field name " + quote(entry.getKey())
                                + " must be at most " + MAX_STRING_CHARS + " characters long, is "
                                + characters(entry.getKey())));
                    }
                    survey(entry.getValue(), where.field(entry.getKey()));
                }
            }
        }

        private void surveyProblem(Where where, int position, String message) {
            String path = where.path();
            order.putIfAbsent(path, position);
            problem(path, message);
        }

        TreatmentCase treatmentCase(JsonNode root) {
            return new TreatmentCase(
                    text(root, "caseId", "caseId"),
                    date(root, "assessmentDate", "assessmentDate"),
                    text(root, "jurisdiction", "jurisdiction"),
                    patient(object(root, "patient", "patient"), "patient"),
                    practitioner(object(root, "practitioner", "practitioner"), "practitioner"),
                    setup(object(root, "setup", "setup"), "setup"),
                    plan(object(root, "plan", "plan"), "plan"),
                    list(root, "clearances", "clearances", this::clearance));
        }

        private Patient patient(JsonNode node, String path) {
            if (node == null) {
                return null;
            }
            return new Patient(
                    whole(node, "ageYears", field(path, "ageYears")),
                    code(node, "fitzpatrickType", field(path, "fitzpatrickType"), FitzpatrickType.class),
                    yesNo(node, "pregnant", field(path, "pregnant")),
                    yesNo(node, "breastfeeding", field(path, "breastfeeding")),
                    list(node, "conditions", field(path, "conditions"), this::condition),
                    list(node, "medications", field(path, "medications"), this::medication),
                    list(node, "allergies", field(path, "allergies"), this::allergy),
                    list(node, "recentProcedures", field(path, "recentProcedures"), this::procedure),
                    list(node, "implants", field(path, "implants"), this::implant),
                    code(node, "sexForClinicalUse", field(path, "sexForClinicalUse"), SexForClinicalUse.class));
        }

        private Condition condition(JsonNode entry, String path) {
            JsonNode node = entryObject(entry, path);
            if (node == null) {
                return null;
            }
            return new Condition(
                    code(node, "code", field(path, "code"), ConditionCode.class),
                    code(node, "status", field(path, "status"), ConditionStatus.class),
                    areas(node, field(path, "areas")),
                    date(node, "onsetDate", field(path, "onsetDate")));
        }

        private Medication medication(JsonNode entry, String path) {
            JsonNode node = entryObject(entry, path);
            if (node == null) {
                return null;
            }
            return new Medication(
                    code(node, "code", field(path, "code"), MedicationCode.class),
                    code(node, "status", field(path, "status"), MedicationStatus.class),
                    date(node, "lastTakenDate", field(path, "lastTakenDate")));
        }

        /** {@code "CHLORHEXIDINE"} or {@code {"code": "CHLORHEXIDINE"}}. */
        private Allergy allergy(JsonNode entry, String path) {
            if (entry.isTextual()) {
                return codeValue(entry, path, Allergy.class);
            }
            if (!entry.isObject()) {
                problem(path, "must be a code or an object with a code, was " + kind(entry));
                return null;
            }
            return requiredCode(entry, field(path, "code"), Allergy.class);
        }

        private RecentProcedure procedure(JsonNode entry, String path) {
            JsonNode node = entryObject(entry, path);
            if (node == null) {
                return null;
            }
            return new RecentProcedure(
                    code(node, "code", field(path, "code"), ProcedureCode.class),
                    date(node, "date", field(path, "date")),
                    areas(node, field(path, "areas")));
        }

        /** {@code "GOLD_THREADS"} or {@code {"code": "GOLD_THREADS", "areas": ["CHEEKS"]}}. */
        private Implant implant(JsonNode entry, String path) {
            if (entry.isTextual()) {
                ImplantCode code = codeValue(entry, path, ImplantCode.class);
                return code == null ? null : new Implant(code, null);
            }
            if (!entry.isObject()) {
                problem(path, "must be a code or an object with a code, was " + kind(entry));
                return null;
            }
            ImplantCode code = requiredCode(entry, field(path, "code"), ImplantCode.class);
            Set<Area> areas = areas(entry, field(path, "areas"));
            return code == null ? null : new Implant(code, areas);
        }

        private Practitioner practitioner(JsonNode node, String path) {
            if (node == null) {
                return null;
            }
            return new Practitioner(
                    code(node, "credential", field(path, "credential"), Credential.class),
                    yesNo(node, "microneedlingTraining", field(path, "microneedlingTraining")),
                    yesNo(node, "supervisingPhysician", field(path, "supervisingPhysician")),
                    whole(node, "yearsExperience", field(path, "yearsExperience")),
                    whole(node, "generalNursingYears", field(path, "generalNursingYears")));
        }

        private SterileSetup setup(JsonNode node, String path) {
            if (node == null) {
                return null;
            }
            return new SterileSetup(
                    code(node, "setting", field(path, "setting"), Setting.class),
                    code(node, "needles", field(path, "needles"), Needles.class),
                    yesNo(node, "packagingIntact", field(path, "packagingIntact")),
                    yesNo(node, "deviceBarrierSleeve", field(path, "deviceBarrierSleeve")),
                    code(node, "skinAntisepsis", field(path, "skinAntisepsis"), Antisepsis.class),
                    yesNo(node, "gloves", field(path, "gloves")),
                    yesNo(node, "sharpsContainer", field(path, "sharpsContainer")),
                    yesNo(node, "bloodHandlingCompliant", field(path, "bloodHandlingCompliant")),
                    yesNo(node, "deviceRinsedInTapWater", field(path, "deviceRinsedInTapWater")),
                    yesNo(node, "clientRecordsKept", field(path, "clientRecordsKept")));
        }

        private TreatmentPlan plan(JsonNode node, String path) {
            if (node == null) {
                return null;
            }
            return new TreatmentPlan(
                    code(node, "device", field(path, "device"), Device.class),
                    yesNo(node, "deviceCleared", field(path, "deviceCleared")),
                    code(node, "indication", field(path, "indication"), Indication.class),
                    list(node, "areas", field(path, "areas"), this::plannedArea),
                    list(node, "topicals", field(path, "topicals"), this::topical),
                    yesNo(node, "topicalAnesthetic", field(path, "topicalAnesthetic")),
                    date(node, "previousMicroneedlingDate", field(path, "previousMicroneedlingDate")),
                    date(node, "consultationDate", field(path, "consultationDate")));
        }

        private PlannedArea plannedArea(JsonNode entry, String path) {
            JsonNode node = entryObject(entry, path);
            if (node == null) {
                return null;
            }
            return new PlannedArea(code(node, "area", field(path, "area"), Area.class),
                    depth(node, "depthMm", field(path, "depthMm")));
        }

        private Topical topical(JsonNode entry, String path) {
            JsonNode node = entryObject(entry, path);
            if (node == null) {
                return null;
            }
            return new Topical(code(node, "product", field(path, "product"), TopicalProduct.class),
                    yesNo(node, "sterileForProcedure", field(path, "sterileForProcedure")));
        }

        private Clearance clearance(JsonNode entry, String path) {
            JsonNode node = entryObject(entry, path);
            if (node == null) {
                return null;
            }
            return new Clearance(text(node, "kb", field(path, "kb")),
                    code(node, "by", field(path, "by"), ClearingRole.class),
                    date(node, "date", field(path, "date")));
        }

        // --- values -------------------------------------------------------------------------------------------

        /** The field, or {@code null} when it is absent or JSON null. */
        private static JsonNode get(JsonNode parent, String name) {
            JsonNode node = parent.get(name);
            return node == null || node.isNull() ? null : node;
        }

        private JsonNode object(JsonNode parent, String name, String path) {
            JsonNode node = get(parent, name);
            if (node == null) {
                return null;
            }
            return entryObject(node, path);
        }

        private JsonNode entryObject(JsonNode node, String path) {
            if (!node.isObject()) {
                problem(path, "must be an object, was " + kind(node));
                return null;
            }
            return node;
        }

        /** A list; {@code null} (not reviewed) when absent or JSON null; null entries are kept for validation. */
        private <T> List<T> list(JsonNode parent, String name, String path, EntryMapper<T> mapper) {
            JsonNode node = get(parent, name);
            if (node == null) {
                return null;
            }
            if (!node.isArray()) {
                problem(path, "must be a list, was " + kind(node));
                return null;
            }
            if (node.size() > MAX_LIST_ENTRIES) {
                return null; // reported by the survey
            }
            List<T> entries = new ArrayList<>(node.size());
            for (int i = 0; i < node.size(); i++) {
                JsonNode entry = node.get(i);
                entries.add(entry.isNull() ? null : mapper.map(entry, index(path, i)));
            }
            return entries;
        }

        /** Where a condition, procedure or implant is; {@code null} when not localised. */
        private Set<Area> areas(JsonNode parent, String path) {
            JsonNode node = get(parent, "areas");
            if (node == null) {
                return null;
            }
            if (!node.isArray()) {
                problem(path, "must be a list, was " + kind(node));
                return null;
            }
            Set<Area> areas = EnumSet.noneOf(Area.class);
            if (node.size() > MAX_LIST_ENTRIES) {
                return areas; // reported by the survey
            }
            for (int i = 0; i < node.size(); i++) {
                JsonNode entry = node.get(i);
                if (entry.isNull()) {
                    problem(index(path, i), "must not be null");
                } else {
                    Area area = codeValue(entry, index(path, i), Area.class);
                    if (area != null) {
                        areas.add(area);
                    }
                }
            }
            return areas;
        }

        private String text(JsonNode parent, String name, String path) {
            JsonNode node = get(parent, name);
            if (node == null) {
                return null;
            }
            if (!node.isTextual()) {
                problem(path, "must be a string, was " + kind(node));
                return null;
            }
            return tooLong(node.textValue()) ? null : node.textValue();
        }

        private <E extends Enum<E>> E code(JsonNode parent, String name, String path, Class<E> type) {
            JsonNode node = get(parent, name);
            return node == null ? null : codeValue(node, path, type);
        }

        /** The code of an entry object, which must have one. */
        private <E extends Enum<E>> E requiredCode(JsonNode entry, String path, Class<E> type) {
            JsonNode node = get(entry, "code");
            if (node == null) {
                problem(path, "required");
                return null;
            }
            return codeValue(node, path, type);
        }

        private <E extends Enum<E>> E codeValue(JsonNode node, String path, Class<E> type) {
            if (!node.isTextual()) {
                problem(path, "must be a string (a code), was " + kind(node));
                return null;
            }
            String text = node.textValue();
            if (tooLong(text)) {
                return null; // reported by the survey
            }
            List<String> known = new ArrayList<>();
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(text)) {
                    return constant;
                }
                known.add(constant.name());
            }
            problem(path, "unknown code " + quote(text) + " (expected one of " + String.join(", ", known) + ")");
            return null;
        }

        private Boolean yesNo(JsonNode parent, String name, String path) {
            JsonNode node = get(parent, name);
            if (node == null) {
                return null;
            }
            if (!node.isBoolean()) {
                problem(path, "must be true, false or null (unknown), was " + kind(node));
                return null;
            }
            return node.booleanValue();
        }

        private Integer whole(JsonNode parent, String name, String path) {
            JsonNode node = get(parent, name);
            if (node == null) {
                return null;
            }
            if (!node.isNumber()) {
                problem(path, "must be a whole number, was " + kind(node));
                return null;
            }
            BigDecimal value = node.decimalValue();
            if (value.stripTrailingZeros().scale() > 0) {
                problem(path, "must be a whole number, was " + node.asText());
                return null;
            }
            try {
                return value.intValueExact();
            } catch (ArithmeticException e) {
                problem(path, "is out of range, was " + node.asText());
                return null;
            }
        }

        /** A depth in millimetres, exactly as written (1.0 stays 1.0). */
        private BigDecimal depth(JsonNode parent, String name, String path) {
            JsonNode node = get(parent, name);
            if (node == null) {
                return null;
            }
            if (!node.isNumber()) {
                problem(path, "must be a number (millimetres), was " + kind(node));
                return null;
            }
            BigDecimal value = node.decimalValue();
            if (value.stripTrailingZeros().scale() > MAX_DEPTH_DECIMALS) {
                problem(path, "must have at most " + MAX_DEPTH_DECIMALS + " decimal places, was " + node.asText());
                return null;
            }
            return value;
        }

        private LocalDate date(JsonNode parent, String name, String path) {
            JsonNode node = get(parent, name);
            if (node == null) {
                return null;
            }
            if (!node.isTextual()) {
                problem(path, "must be a date (YYYY-MM-DD), was " + kind(node));
                return null;
            }
            String text = node.textValue();
            if (tooLong(text)) {
                return null; // reported by the survey
            }
            try {
                return LocalDate.parse(text, DATE);
            } catch (DateTimeParseException e) {
                problem(path, "must be a date (YYYY-MM-DD), was " + quote(text));
                return null;
            }
        }

        private void problem(String path, String message) {
            problems.add(new Problem(path, message));
        }

        // --- merging --------------------------------------------------------------------------------------------

        /**
         * The reader's problems and the validator's, one per path: a validator problem is dropped when the reader
         * already reported that path, one inside it or one around it (a field of the wrong type is not also
         * "required", an entry with an unknown code is not also "must not be null"). Sorted in document order: a
         * missing field sorts where its enclosing object is.
         */
        List<Problem> merge(List<Problem> validatorProblems) {
            Map<String, Problem> byPath = new LinkedHashMap<>();
            for (Problem problem : problems) {
                byPath.putIfAbsent(problem.path(), problem);
            }
            NavigableSet<String> reported = new TreeSet<>(byPath.keySet());
            List<Problem> merged = new ArrayList<>(byPath.values());
            Set<String> listed = new HashSet<>(reported);
            for (Problem problem : nameProblems) {
                if (listed.add(problem.path())) {
                    merged.add(problem);
                }
            }
            for (Problem problem : validatorProblems) {
                if (!covered(problem.path(), reported) && !listed.contains(problem.path())) {
                    merged.add(problem);
                }
            }
            Map<String, Integer> positions = new HashMap<>();
            merged.sort(Comparator.comparingInt(problem -> positions.computeIfAbsent(problem.path(),
                    this::position)));
            if (merged.size() > MAX_PROBLEMS) {
                int more = merged.size() - MAX_PROBLEMS;
                merged = new ArrayList<>(merged.subList(0, MAX_PROBLEMS));
                merged.add(new Problem("", "and " + more + " more problem(s) not listed"));
            }
            return merged;
        }

        /**
         * Whether a reported path is this one, encloses it or lies inside it. A document can hold tens of thousands
         * of problems, so this looks the enclosing paths up and searches the sorted paths for the enclosed ones
         * rather than comparing every pair.
         */
        private static boolean covered(String path, NavigableSet<String> reported) {
            if (reported.isEmpty()) {
                return false;
            }
            for (String at = path; ; at = parent(at)) {
                if (reported.contains(at)) {
                    return true;
                }
                if (at.isEmpty()) {
                    break;
                }
            }
            return path.isEmpty() || hasPathStartingWith(reported, path + ".")
                    || hasPathStartingWith(reported, path + "[");
        }

        private static boolean hasPathStartingWith(NavigableSet<String> paths, String prefix) {
            String next = paths.ceiling(prefix);
            return next != null && next.startsWith(prefix);
        }

        private int position(String path) {
            String at = path;
            while (!order.containsKey(at) && !at.isEmpty()) {
                at = parent(at);
            }
            return order.getOrDefault(at, 0);
        }
    }
}
