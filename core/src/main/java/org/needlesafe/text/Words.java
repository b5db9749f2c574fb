package org.needlesafe.text;

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
        String pattern = pattern(message);
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
