package org.needlesafe.json;

import static org.needlesafe.json.ProblemText.invalid;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
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
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.needlesafe.InvalidCaseException;
import org.needlesafe.Problem;
import org.needlesafe.text.Message;

/**
 * The first step of reading: bytes to a JSON tree, or one problem saying why they are not one case document.
 * Checks the size, the encoding (strictly, where Jackson would be lenient), the syntax, the parser's limits
 * (nesting, number length), fields given twice, and that the document is one JSON object.
 */
final class DocumentGuard {
    private static final Pattern JACKSON_SOURCE = Pattern.compile(
            "\\[Source: [^\\]]*?; line: (\\d+), column: (\\d+)]");
    private static final Pattern JACKSON_CONSTRAINT_ORIGIN = Pattern.compile(", from `[^`]*`\\)");
    private static final Pattern DUPLICATE = Pattern.compile("^Duplicate field '(.*)'$", Pattern.DOTALL);

    /** Reads trees exactly: decimals as written, numbers never rounded through a double. */
    static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxDocumentLength(CaseReader.MAX_DOCUMENT_BYTES)
                            .maxNestingDepth(CaseReader.MAX_NESTING_DEPTH)
                            // Long names and strings are reported with their path by the survey (in characters,
                            // where Jackson would count bytes); these only bound the parser.
                            .maxNameLength(CaseReader.MAX_DOCUMENT_BYTES)
                            .maxStringLength(CaseReader.MAX_DOCUMENT_BYTES)
                            .maxNumberLength(CaseReader.MAX_NUMBER_CHARS)
                            .build())
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .build())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .build();

    private DocumentGuard() {
    }

    /** The case object the bytes hold. */
    static ObjectNode tree(byte[] document) {
        if (document == null || document.length > CaseReader.MAX_DOCUMENT_BYTES) {
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
        } catch (JsonParseException e) {
            throw givenTwice(e, parser);
        } catch (JsonProcessingException e) {
            throw describe(e, parser);
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
            throw invalid(Message.keyed("problem.emptyDocument"));
        }
        if (!root.isObject()) {
            throw invalid("must be a JSON object (one case), was " + ProblemText.kind(root));
        }
        return (ObjectNode) root;
    }

    /** A field given twice is named by its path: which of the two answers counts would be a guess. */
    private static InvalidCaseException givenTwice(JsonParseException e, JsonParser parser) {
        Matcher duplicate = DUPLICATE.matcher(e.getOriginalMessage() == null ? "" : e.getOriginalMessage());
        if (!duplicate.matches() || parser == null) {
            return describe(e, parser);
        }
        String path = ContractPath.field(ContractPath.of(parser.getParsingContext()), duplicate.group(1));
        return new InvalidCaseException(ProblemText.printable(List.of(new Problem(path, "given twice"))));
    }

    /** The whole stream, or {@code null} when it is longer than the limit (without reading much past it). */
    static byte[] readAtMost(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int read;
        while ((read = in.read(buffer)) != -1) {
            out.write(buffer, 0, read);
            if (out.size() > CaseReader.MAX_DOCUMENT_BYTES) {
                return null;
            }
        }
        return out.toByteArray();
    }

    static InvalidCaseException tooLarge() {
        return invalid(Message.keyed("problem.tooLarge", CaseReader.MAX_DOCUMENT_BYTES));
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

    /** Whether every byte is ASCII, which is always valid UTF-8: most cases, checked without decoding. */
    private static boolean ascii(byte[] document) {
        for (byte b : document) {
            if (b < 0) {
                return false;
            }
        }
        return true;
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
        if (ascii(document)) {
            return null;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(document);
        CharBuffer out = CharBuffer.allocate(Math.min(8192, document.length));
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

    private static InvalidCaseException describe(JsonProcessingException e, JsonParser parser) {
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
        if (!(e instanceof StreamConstraintsException) && where != null && where.getLineNr() >= 1) {
            return invalid(Message.keyed("problem.invalidJson", where.getLineNr(), where.getColumnNr(), message));
        }
        String what = e instanceof StreamConstraintsException ? "the document exceeds a limit" : "invalid JSON";
        return invalid(what + at(where) + ": " + message);
    }

    private static String numberText(JsonParser parser) {
        try {
            return ProblemText.quote(parser.getText());
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
}
