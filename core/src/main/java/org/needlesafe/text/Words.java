package org.needlesafe.text;

import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders {@link Message}s in one language: the pattern from the language's catalogue (English: the pattern written
 * beside the rule, or the English catalogue), the arguments as that language writes them. A pattern missing from a
 * translation is written in English rather than not at all; the translation gate fails the build on every missing
 * pattern. Thread-safe.
 */
public final class Words {
    /** The engine's own texts: scope sentences, clearance notes, the review notice. */
    public static final String CORE_MESSAGES = "org.needlesafe.text.Messages";
    /** The rule pack's texts; English is in the DRL, beside each rule. */
    public static final String RULE_MESSAGES = "needlesafe.rules.Messages";
    private static final Map<Language, Words> BY_LANGUAGE = new EnumMap<>(Language.class);
    // The few shapes of a basis line's value (after "path: ") that carry English words besides codes.
    private static final String DATE = "\\d{4}-\\d{2}-\\d{2}";
    private static final Pattern OFF_FACE = Pattern.compile("(\\d+) planned, (\\d+) off the face");
    private static final Pattern DEPTH = Pattern.compile("(.+) at (\\d+(?:\\.\\d+)?) mm");
    private static final Pattern CLEARANCE = Pattern.compile("(\\S+) by (\\S+) on (" + DATE + "), not accepted");
    private static final Pattern STERILE = Pattern.compile("(.+), sterileForProcedure (true|false)");
    private static final Pattern PHRASE = Pattern.compile(" in ([A-Z0-9_]+(?:, [A-Z0-9_]+)*)|, onset (" + DATE
            + ")| on (" + DATE + ")|, last dose (" + DATE + "|unknown)");

    static {
        for (Language language : Language.values()) {
            BY_LANGUAGE.put(language, new Words(language));
        }
    }

    private final Language language;
    private final DisplayNames names;
    private final List<ResourceBundle> catalogues = new ArrayList<>();
    private final ResourceBundle englishCore;

    private Words(Language language) {
        this.language = language;
        this.names = DisplayNames.in(language);
        this.englishCore = bundle(CORE_MESSAGES, Locale.ENGLISH);
        if (language != Language.ENGLISH) {
            for (String base : List.of(RULE_MESSAGES, CORE_MESSAGES)) {
                ResourceBundle catalogue = bundle(base, language.locale());
                if (catalogue != null && catalogue.getLocale().getLanguage().equals(language.tag())) {
                    catalogues.add(catalogue);
                }
            }
        }
    }

    /**
     * The words of a language; one shared instance per language.
     *
     * @param language the language
     * @return its words
     */
    public static Words in(Language language) {
        return BY_LANGUAGE.get(language);
    }

    /**
     * The words of English, the source language.
     *
     * @return the English words
     */
    public static Words english() {
        return in(Language.ENGLISH);
    }

    /**
     * The language it writes in.
     *
     * @return the language
     */
    public Language language() {
        return language;
    }

    /**
     * The display names it writes codes with.
     *
     * @return the display names in its language
     */
    public DisplayNames names() {
        return names;
    }

    /**
     * The message in this language.
     *
     * @param message the message
     * @return its words in this language
     * @throws IllegalStateException when no catalogue has words for its key and it has no English pattern
     */
    public String render(Message message) {
        return format(pattern(message), message);
    }

    /**
     * The message in this language, its pattern from a module's own catalogue when that has the key (the words of
     * a card), from the engine's and the rules' catalogues otherwise; its arguments written as this language writes
     * them.
     *
     * @param message   the message
     * @param catalogue the module's catalogue, in this language
     * @return its words in this language
     */
    public String render(Message message, Catalogue catalogue) {
        return message.key() != null && catalogue.has(message.key())
                ? format(catalogue.pattern(message.key()), message) : render(message);
    }

    private String format(String pattern, Message message) {
        if (message.args().isEmpty()) {
            return pattern;
        }
        Object[] args = new Object[message.args().size()];
        for (int i = 0; i < args.length; i++) {
            args[i] = argument(message.args().get(i));
        }
        return Patterns.format(pattern, language.locale(), args);
    }

    /**
     * The messages in this language, one after the other, separated by a space; messages with no words are left out.
     *
     * @param messages the messages, in order
     * @return their words in this language
     */
    public String render(List<Message> messages) {
        StringJoiner text = new StringJoiner(" ");
        for (Message message : messages) {
            String words = render(message);
            if (!words.isEmpty()) {
                text.add(words);
            }
        }
        return text.toString();
    }

    /**
     * A date as this language writes it: ISO {@code 2026-12-10} in English (the source), "10 de diciembre de 2026" in
     * Spanish.
     *
     * @param date the date
     * @return the date as this language writes it
     */
    public String date(LocalDate date) {
        return language == Language.ENGLISH ? date.toString()
                : date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale()));
    }

    /**
     * A depth or other decimal as this language writes it, digit for digit as given ({@code 1.0} stays one decimal):
     * "1.0" in English, "1,0" in Spanish.
     *
     * @param number the number
     * @return the number with the language's decimal separator
     */
    public String decimal(BigDecimal number) {
        return decimal(number.toPlainString());
    }

    private String decimal(String plain) {
        return plain.replace('.', DecimalFormatSymbols.getInstance(language.locale()).getDecimalSeparator());
    }

    /**
     * A finding's basis line ({@code patient.conditions[0]: HERPES_SIMPLEX ACTIVE in PERIORAL, onset 2026-11-22})
     * as this language writes it: the JSON path stays as it is (the contract's name for the fact), the value in
     * words: codes as display names, dates and depths as the language writes them, and the few words the contract
     * writes between them ("at", "in", "onset", "not accepted", "true") from the catalogue. The JSON keeps the basis
     * as the contract writes it; this is for the words a person reads.
     *
     * @param line a basis line, as {@link org.needlesafe.Finding#basis()} holds it
     * @return the line in this language
     */
    public String basis(String line) {
        int colon = line.indexOf(": ");
        return colon < 0 ? names.render(line)
                : line.substring(0, colon + 2) + names.render(basisValue(line.substring(colon + 2)));
    }

    private String basisValue(String value) {
        switch (value) {
            case "unknown", "true", "false" -> {
                return render(Message.keyed("basis." + value));
            }
            default -> {
                if (value.matches(DATE)) {
                    return date(LocalDate.parse(value));
                }
            }
        }
        Matcher matcher = OFF_FACE.matcher(value);
        if (matcher.matches()) {
            return render(Message.keyed("basis.offFace", matcher.group(1), matcher.group(2)));
        }
        matcher = DEPTH.matcher(value);
        if (matcher.matches()) {
            return render(Message.keyed("basis.depth", matcher.group(1), decimal(matcher.group(2))));
        }
        matcher = CLEARANCE.matcher(value);
        if (matcher.matches()) {
            return render(Message.keyed("basis.clearance", matcher.group(1), matcher.group(2),
                    LocalDate.parse(matcher.group(3))));
        }
        matcher = STERILE.matcher(value);
        if (matcher.matches()) {
            return render(Message.keyed("basis.sterile", matcher.group(1),
                    Message.keyed("basis." + matcher.group(2))));
        }
        matcher = PHRASE.matcher(value);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String phrase;
            if (matcher.group(1) != null) {
                phrase = " " + render(Message.keyed("basis.in", matcher.group(1)));
            } else if (matcher.group(2) != null) {
                phrase = ", " + render(Message.keyed("basis.onset", LocalDate.parse(matcher.group(2))));
            } else if (matcher.group(3) != null) {
                phrase = " " + render(Message.keyed("basis.on", LocalDate.parse(matcher.group(3))));
            } else {
                phrase = ", " + (matcher.group(4).equals("unknown") ? render(Message.keyed("basis.lastDoseUnknown"))
                        : render(Message.keyed("basis.lastDose", LocalDate.parse(matcher.group(4)))));
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(phrase));
        }
        return matcher.appendTail(out).toString();
    }

    private String pattern(Message message) {
        if (message.key() == null) {
            return message.english();
        }
        for (ResourceBundle catalogue : catalogues) {
            if (catalogue.containsKey(message.key())) {
                return catalogue.getString(message.key());
            }
        }
        if (message.english() != null) {
            return message.english();
        }
        if (englishCore.containsKey(message.key())) {
            return englishCore.getString(message.key());
        }
        throw new IllegalStateException("no words for message " + message.key());
    }

    private Object argument(Object arg) {
        if (arg instanceof Message message) {
            return render(message);
        }
        if (arg instanceof Message.Article article) {
            String name = names.of(article.code());
            if (language != Language.ENGLISH) {
                return name;
            }
            return ("aeiou".indexOf(Character.toLowerCase(name.charAt(0))) >= 0 ? "an " : "a ") + name;
        }
        if (arg instanceof Enum<?> code) {
            return names.of(code);
        }
        if (arg instanceof LocalDate date) {
            return date(date);
        }
        if (arg instanceof Collection<?> items) {
            if (items.isEmpty()) {
                return render(Message.keyed("list.none"));
            }
            // Sets of codes have no order of their own: write them in the code's order, the same every time.
            List<Object> sorted = new ArrayList<>(items);
            if (sorted.stream().allMatch(Enum.class::isInstance)) {
                sorted.sort(Comparator.comparingInt(item -> ((Enum<?>) item).ordinal()));
            }
            StringJoiner list = new StringJoiner(", ");
            sorted.forEach(item -> list.add(String.valueOf(argument(item))));
            return list.toString();
        }
        if (arg instanceof Integer || arg instanceof Long) {
            // Counts of days, years, needles: never grouped ("2026", not "2,026").
            return arg.toString();
        }
        return arg == null ? "?" : arg;
    }

    private static ResourceBundle bundle(String base, Locale locale) {
        try {
            return Bundles.load(base, locale, Words.class.getClassLoader());
        } catch (MissingResourceException none) {
            return null;
        }
    }
}
