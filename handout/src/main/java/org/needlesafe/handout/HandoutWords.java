package org.needlesafe.handout;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The handout's fixed words in one language, from the {@code Handout} message catalogue (English, and Spanish
 * drafted and not yet reviewed by a native-speaking clinician), and the contract's codes as their display names in
 * that language. A language without a catalogue gets English.
 */
final class HandoutWords {
    /** The languages the handout is written in. */
    static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.forLanguageTag("es"));
    private static final String CATALOGUE = "org.needlesafe.handout.Handout";
    private static final String DISPLAY_NAMES = "org.needlesafe.text.DisplayNames";

    private final Locale locale;
    private final ResourceBundle words;
    private final ResourceBundle names;

    private HandoutWords(Locale locale) {
        this.locale = locale;
        ResourceBundle.Control control = ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES);
        this.words = ResourceBundle.getBundle(CATALOGUE, locale, HandoutWords.class.getClassLoader(), control);
        this.names = ResourceBundle.getBundle(DISPLAY_NAMES, locale, HandoutWords.class.getClassLoader(), control);
    }

    /** The words of the supported language closest to the one asked for; English when none is close. */
    static HandoutWords of(Locale wanted) {
        for (Locale language : LANGUAGES) {
            if (language.getLanguage().equals(wanted.getLanguage())) {
                return new HandoutWords(language);
            }
        }
        return new HandoutWords(Locale.ENGLISH);
    }

    Locale locale() {
        return locale;
    }

    /** The message with its parameters filled in. */
    String get(String key, Object... parameters) {
        String pattern = words.getString(key);
        return parameters.length == 0 ? pattern : new MessageFormat(pattern, locale).format(parameters);
    }

    /** The message, or {@code null} when the catalogue has none (a code of a rule pack this handout does not know). */
    String optional(String key) {
        try {
            return words.getString(key);
        } catch (MissingResourceException e) {
            return null;
        }
    }

    /** Whether a native-speaking clinician has reviewed this language's words. */
    boolean reviewed() {
        return Boolean.parseBoolean(words.getString("language.reviewed"));
    }

    /** The display name of a code in this language; the lower-case code only if the display names lack it. */
    String name(Enum<?> code) {
        String key = code.getDeclaringClass().getSimpleName() + "." + code.name();
        return names.containsKey(key) ? names.getString(key) : code.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** A date as a patient reads it: "Wednesday 23 December 2026", in this language. */
    String longDate(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale).format(date);
    }

    /** A short date for the timeline: "23 Dec". */
    String shortDate(LocalDate date) {
        return DateTimeFormatter.ofPattern(get("format.shortDate"), locale).format(date);
    }
}
