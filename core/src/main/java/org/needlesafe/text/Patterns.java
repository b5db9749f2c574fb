package org.needlesafe.text;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Message patterns, parsed once per language: parsing a pattern costs several times formatting it, and every
 * assessment formats the same few hundred patterns (the catalogues' and the rule pack's, which the translation gate
 * keeps to string literals). Thread-safe.
 *
 * <p>Most patterns only put words in numbered places ({@code {0}}); those are written by a plain join, with what
 * {@link MessageFormat} would write for each argument, because a {@code MessageFormat} is not thread-safe and
 * cloning one for every use made the words a noticeable part of an assessment. Patterns with a format of their own
 * ({@code {0,choice,...}}) are formatted by a clone of the parsed {@code MessageFormat}.
 */
final class Patterns {
    // A bound, not a working size: should words ever be built at run time, the cache stops growing instead of leaking.
    private static final int MAX_KEPT = 20_000;
    private static final Pattern PLACE = Pattern.compile("\\{(\\d{1,2})}");
    private static final Map<Locale, Map<String, Parsed>> PARSED = new ConcurrentHashMap<>();

    private Patterns() {
    }

    /**
     * The pattern with its arguments, in the locale's way of writing numbers. Apostrophes in the patterns are plain
     * apostrophes ("the prescriber's choice"), never MessageFormat quotes.
     */
    static String format(String pattern, Locale locale, Object[] args) {
        Map<String, Parsed> parsed = PARSED.computeIfAbsent(locale, any -> new ConcurrentHashMap<>());
        Parsed format = parsed.get(pattern);
        if (format == null) {
            format = parse(pattern, locale);
            if (parsed.size() < MAX_KEPT) {
                parsed.putIfAbsent(pattern, format);
            }
        }
        return format.format(args);
    }

    private static Parsed parse(String pattern, Locale locale) {
        List<String> texts = new ArrayList<>();
        List<Integer> places = new ArrayList<>();
        Matcher place = PLACE.matcher(pattern);
        int from = 0;
        while (place.find()) {
            texts.add(pattern.substring(from, place.start()));
            places.add(Integer.parseInt(place.group(1)));
            from = place.end();
        }
        String last = pattern.substring(from);
        boolean plain = texts.stream().noneMatch(Patterns::hasBrace) && !hasBrace(last);
        MessageFormat full = new MessageFormat(pattern.replace("'", "''"), locale);
        if (!plain) {
            return new Full(full);
        }
        texts.add(last);
        return new Plain(texts.toArray(String[]::new), places.stream().mapToInt(Integer::intValue).toArray(), locale,
                full);
    }

    private static boolean hasBrace(String text) {
        return text.indexOf('{') >= 0 || text.indexOf('}') >= 0;
    }

    private sealed interface Parsed permits Plain, Full {
        String format(Object[] args);
    }

    /** A pattern with its own formats: a clone of the parsed {@code MessageFormat} for each use. */
    private record Full(MessageFormat parsed) implements Parsed {
        @Override
        public String format(Object[] args) {
            return ((MessageFormat) parsed.clone()).format(args);
        }
    }

    /** Text with numbered places: {@code texts[i]}, then argument {@code places[i]}, ..., then the last text. */
    private record Plain(String[] texts, int[] places, Locale locale, MessageFormat parsed) implements Parsed {
        @Override
        public String format(Object[] args) {
            StringBuilder words = new StringBuilder(64);
            for (int i = 0; i < places.length; i++) {
                words.append(texts[i]);
                int place = places[i];
                if (place >= args.length) {
                    words.append('{').append(place).append('}');
                    continue;
                }
                Object arg = args[place];
                if (arg instanceof String text) {
                    words.append(text);
                } else if (arg instanceof Number number) {
                    // What MessageFormat writes for a number with no format of its own.
                    words.append(NumberFormat.getInstance(locale).format(number));
                } else if (arg == null) {
                    words.append("null");
                } else {
                    // Dates and anything else: MessageFormat's own way, rare enough not to matter.
                    return ((MessageFormat) parsed.clone()).format(args);
                }
            }
            return words.append(texts[places.length]).toString();
        }
    }
}
