package org.needlesafe.text;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Message patterns, parsed once per language: parsing a pattern costs several times formatting it, and every
 * assessment formats the same few hundred patterns (the catalogues' and the rule pack's, which the translation gate
 * keeps to string literals). Thread-safe: a {@link MessageFormat} is not, so each use formats a clone of the parsed
 * one.
 */
final class Patterns {
    // A bound, not a working size: should words ever be built at run time, the cache stops growing instead of leaking.
    private static final int MAX_KEPT = 20_000;
    private static final Map<Locale, Map<String, MessageFormat>> PARSED = new ConcurrentHashMap<>();

    private Patterns() {
    }

    /**
     * The pattern with its arguments, in the locale's way of writing numbers. Apostrophes in the patterns are plain
     * apostrophes ("the prescriber's choice"), never MessageFormat quotes.
     */
    static String format(String pattern, Locale locale, Object[] args) {
        Map<String, MessageFormat> parsed = PARSED.computeIfAbsent(locale, any -> new ConcurrentHashMap<>());
        MessageFormat format = parsed.get(pattern);
        if (format == null) {
            format = new MessageFormat(pattern.replace("'", "''"), locale);
            if (parsed.size() < MAX_KEPT) {
                parsed.putIfAbsent(pattern, format);
            }
        }
        return ((MessageFormat) format.clone()).format(args);
    }
}
