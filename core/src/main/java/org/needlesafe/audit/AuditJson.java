package org.needlesafe.audit;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes an {@link AuditRecord} as one flat JSON object on one line, by hand: core has no JSON library, and the
 * format is small enough to get exactly right. Fields without a value are left out, as in the assessment contract.
 */
final class AuditJson {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private AuditJson() {
    }

    /**
     * The record as one line of JSON, without the line break.
     *
     * @param record the record
     * @return the JSON object, on one line
     */
    static String line(AuditRecord record) {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(record.timestamp(), "timestamp");
        Objects.requireNonNull(record.event(), "event");
        StringBuilder json = new StringBuilder(256);
        json.append('{');
        // Instant.toString() is ISO-8601 in UTC, e.g. 2026-11-25T09:30:00.123456Z.
        field(json, "timestamp", record.timestamp().toString(), true);
        field(json, "event", record.event(), false);
        field(json, "caseIdHash", record.caseIdHash(), false);
        field(json, "rulesetVersion", record.rulesetVersion(), false);
        field(json, "rulesetHash", record.rulesetHash(), false);
        json.append(",\"configuration\":{");
        boolean first = true;
        for (Map.Entry<String, BigDecimal> entry : record.configuration().entrySet()) {
            if (!first) {
                json.append(',');
            }
            first = false;
            quote(json, Objects.requireNonNull(entry.getKey(), "configuration key"));
            json.append(':');
            BigDecimal value = entry.getValue();
            json.append(value == null ? "null" : value.toPlainString());
        }
        json.append("},\"firedRules\":[");
        List<String> fired = record.firedRules();
        for (int i = 0; i < fired.size(); i++) {
            if (i > 0) {
                json.append(',');
            }
            quote(json, fired.get(i));
        }
        json.append(']');
        field(json, "decision", record.decision(), false);
        json.append(",\"details\":{");
        first = true;
        for (Map.Entry<String, String> entry : record.details().entrySet()) {
            if (!first) {
                json.append(',');
            }
            first = false;
            quote(json, Objects.requireNonNull(entry.getKey(), "details key"));
            json.append(':');
            if (entry.getValue() == null) {
                json.append("null");
            } else {
                quote(json, entry.getValue());
            }
        }
        json.append("}}");
        return json.toString();
    }

    /**
     * The text as a JSON string literal, quotes included. Escapes the quote, the backslash, every control character,
     * U+2028 and U+2029 (which break JavaScript readers), and lone surrogates (which cannot be encoded as UTF-8), so
     * the result is plain, valid JSON on a single line whatever the input.
     *
     * @param text any text
     * @return the JSON string literal
     */
    static String quote(String text) {
        StringBuilder json = new StringBuilder(text.length() + 2);
        quote(json, text);
        return json.toString();
    }

    private static void field(StringBuilder json, String name, String value, boolean first) {
        if (value == null) {
            return;
        }
        if (!first) {
            json.append(',');
        }
        quote(json, name);
        json.append(':');
        quote(json, value);
    }

    private static void quote(StringBuilder json, String text) {
        if (text == null) {
            json.append("null");
            return;
        }
        json.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                case '\b' -> json.append("\\b");
                case '\f' -> json.append("\\f");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029' || c == '\u007f') {
                        unicode(json, c);
                    } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        json.append(c).append(text.charAt(++i));
                    } else if (Character.isSurrogate(c)) {
                        unicode(json, c);
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }

    private static void unicode(StringBuilder json, char c) {
        json.append("\\u").append(HEX[c >> 12 & 0xF]).append(HEX[c >> 8 & 0xF]).append(HEX[c >> 4 & 0xF])
                .append(HEX[c & 0xF]);
    }
}
