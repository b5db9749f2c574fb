package org.needlesafe.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.needlesafe.InvalidCaseException;
import org.needlesafe.Problem;
import org.needlesafe.text.Message;

/** How the reader words a problem: the kinds of JSON values, quoted values, and one printable line per problem. */
final class ProblemText {
    private static final int QUOTE_CHARS = 60;

    private ProblemText() {
    }

    static InvalidCaseException invalid(String message) {
        return new InvalidCaseException(List.of(new Problem("", printable(message))));
    }

    /** A problem with the whole document in the core catalogue's words, so a doorway can write it in its language. */
    static InvalidCaseException invalid(Message words) {
        return new InvalidCaseException(printable(List.of(Problem.of("", words))));
    }

    /**
     * The problems with each path and message on one printable line: they quote what the document holds (codes,
     * dates, field names), and a sender must not be able to start a line of its own in someone's error report.
     */
    static List<Problem> printable(List<Problem> problems) {
        List<Problem> printable = new ArrayList<>(problems.size());
        for (Problem problem : problems) {
            printable.add(problem.with(printable(problem.path()), printable(problem.message())));
        }
        return printable;
    }

    /** The text with control characters, line separators and unpaired surrogates escaped (backslash, u, hex). */
    static String printable(String text) {
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

    static String kind(JsonNode node) {
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
    static String quote(String text) {
        if (text.length() <= QUOTE_CHARS || characters(text) <= QUOTE_CHARS) {
            return "'" + text + "'";
        }
        return "'" + text.substring(0, text.offsetByCodePoints(0, QUOTE_CHARS)) + "...'";
    }

    /** Whether the text is longer than the limit in characters (code points, as a reader counts). */
    static boolean tooLong(String text) {
        return text.length() > CaseReader.MAX_STRING_CHARS && characters(text) > CaseReader.MAX_STRING_CHARS;
    }

    static int characters(String text) {
        return text.codePointCount(0, text.length());
    }
}
