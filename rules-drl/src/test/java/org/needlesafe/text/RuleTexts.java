package org.needlesafe.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The English texts of the rule pack, read from the DRL as a translator sees them: every message key with its English
 * pattern. The calls that write words ({@code .summary}, {@code .rationale}, {@code report.sideEffect},
 * {@code report.aftercare}, {@code Message.phrase}) must be given their words as string literals, joined by
 * {@code +} at most: words built at run time could not be translated, and are reported as problems.
 */
final class RuleTexts {
    static final Path RULES = Path.of("src/main/resources/needlesafe/rules");
    private static final Pattern RULE = Pattern.compile("(?m)^rule \"");
    private static final Pattern ID = Pattern.compile("@id\\(\"([^\"]+)\"\\)");
    private static final Pattern CLEARED = Pattern.compile("@clearedSummary\\(\"((?:[^\"\\\\]|\\\\.)*)\"\\)");
    private static final Pattern CALL = Pattern.compile(
            "\\.summary\\(|\\.rationale\\(|report\\.sideEffect\\(|report\\.aftercare\\(|Message\\.phrase\\(");

    final Map<String, String> english = new LinkedHashMap<>();
    final List<String> problems = new ArrayList<>();

    static RuleTexts read() {
        RuleTexts texts = new RuleTexts();
        try (Stream<Path> files = Files.list(RULES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".drl")).sorted().toList()) {
                texts.readFile(file.getFileName().toString(), Files.readString(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texts;
    }

    private void readFile(String name, String drl) {
        Matcher rules = RULE.matcher(drl);
        List<Integer> starts = new ArrayList<>();
        while (rules.find()) {
            starts.add(rules.start());
        }
        if (CALL.matcher(starts.isEmpty() ? drl : drl.substring(0, starts.get(0))).find()) {
            problems.add(name + ": words written outside a rule cannot be given a rule's key");
        }
        for (int i = 0; i < starts.size(); i++) {
            String rule = drl.substring(starts.get(i), i + 1 < starts.size() ? starts.get(i + 1) : drl.length());
            Matcher id = ID.matcher(rule);
            if (id.find()) {
                readRule(id.group(1), rule);
            }
        }
    }

    private void readRule(String id, String rule) {
        Matcher cleared = CLEARED.matcher(rule);
        if (cleared.find()) {
            put(id + ".clearedSummary", unescape(cleared.group(1)));
        }
        Matcher call = CALL.matcher(rule);
        while (call.find()) {
            List<String> args = arguments(rule, call.end());
            String kind = call.group();
            try {
                switch (kind) {
                    case ".summary(" -> put(id + ".summary", literal(args.get(0)));
                    case ".rationale(" -> put(id + ".rationale", literal(args.get(0)));
                    case "report.sideEffect(" -> {
                        put(id + "." + literal(args.get(1)) + ".duration", literal(args.get(2)));
                        put(id + "." + literal(args.get(1)), literal(args.get(3)));
                    }
                    case "report.aftercare(" -> put(id + "." + literal(args.get(1)), literal(args.get(4)));
                    default -> put(id + "." + literal(args.get(0)), literal(args.get(1)));
                }
            } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
                problems.add(id + ": " + kind + " " + e.getMessage());
            }
        }
    }

    private void put(String key, String pattern) {
        String before = english.putIfAbsent(key, pattern);
        if (before != null && !before.equals(pattern)) {
            problems.add(key + ": two different English texts under one key");
        }
    }

    /** The call's arguments, split at the commas outside brackets and strings. */
    private static List<String> arguments(String text, int from) {
        List<String> args = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                int end = i + 1;
                while (text.charAt(end) != '"') {
                    end += text.charAt(end) == '\\' ? 2 : 1;
                }
                current.append(text, i, end + 1);
                i = end;
                continue;
            }
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                if (depth == 0) {
                    args.add(current.toString().strip());
                    return args;
                }
                depth--;
            } else if (c == ',' && depth == 0) {
                args.add(current.toString().strip());
                current.setLength(0);
                continue;
            }
            current.append(c);
        }
        throw new IllegalArgumentException("unclosed call");
    }

    /** The text of string literals joined by {@code +}; anything else is words built at run time. */
    private static String literal(String expression) {
        StringBuilder text = new StringBuilder();
        String rest = expression.strip();
        while (true) {
            if (!rest.startsWith("\"")) {
                throw new IllegalArgumentException("words built at run time, not string literals: " + expression);
            }
            int end = 1;
            while (rest.charAt(end) != '"') {
                end += rest.charAt(end) == '\\' ? 2 : 1;
            }
            text.append(unescape(rest.substring(1, end)));
            rest = rest.substring(end + 1).strip();
            if (rest.isEmpty()) {
                return text.toString();
            }
            if (!rest.startsWith("+")) {
                throw new IllegalArgumentException("words built at run time, not string literals: " + expression);
            }
            rest = rest.substring(1).strip();
        }
    }

    private static String unescape(String literal) {
        return literal.replace("\\\"", "\"").replace("\\\\", "\\");
    }
}
