package org.needlesafe.text;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words a clinician reads for the contract's codes ({@code HERPES_SIMPLEX} is "herpes simplex (cold sore)"), from
 * the {@code DisplayNames} resource bundle of each language. A name missing in a translation is written in English,
 * never as the code; the translation gate fails the build on every missing name. Thread-safe.
 */
public final class DisplayNames {
    static final String BUNDLE = "org.needlesafe.text.DisplayNames";
    /** A code as the rules write it: capitals, digits and underscores, at least two characters. */
    private static final Pattern CODE = Pattern.compile("\\b[A-Z][A-Z0-9_]*[A-Z0-9]\\b");
    private static final Map<Language, DisplayNames> BY_LANGUAGE = new EnumMap<>(Language.class);

    static {
        for (Language language : Language.values()) {
            BY_LANGUAGE.put(language, new DisplayNames(language));
        }
    }

    private final ResourceBundle bundle;
    private final ResourceBundle english;
    /** Bare code to display name, for codes that mean one thing whatever their type. */
    private final Map<String, String> byCode;

    private DisplayNames(Language language) {
        this.english = load(Locale.ENGLISH);
        this.bundle = language == Language.ENGLISH ? english : translation(language.locale());
        Map<String, String> names = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        for (String key : english.keySet()) {
            String code = key.substring(key.indexOf('.') + 1);
            String name = name(key);
            String before = names.putIfAbsent(code, name);
            if (before != null && !before.equals(name)) {
                ambiguous.add(code);
            }
        }
        ambiguous.forEach(names::remove);
        this.byCode = Map.copyOf(names);
    }

    /**
     * The English display names.
     *
     * @return the names from the English bundle
     */
    public static DisplayNames english() {
        return BY_LANGUAGE.get(Language.ENGLISH);
    }

    /**
     * The display names in a language.
     *
     * @param language the language
     * @return the names from that language's bundle
     */
    public static DisplayNames in(Language language) {
        return BY_LANGUAGE.get(language);
    }

    /**
     * The display name of a code, or the code itself when no language has one.
     *
     * @param code a code, e.g. {@code Area.PERIORBITAL}
     * @return the display name
     */
    public String of(Enum<?> code) {
        String key = code.getDeclaringClass().getSimpleName() + "." + code.name();
        return english.containsKey(key) ? name(key) : code.name();
    }

    /**
     * The text with every code it contains written as its display name. A code two types name differently (such as
     * {@code NONE}) is left as it is: which one is meant cannot be told from the text.
     *
     * @param text the text, or {@code null}
     * @return the text with display names, or the text itself when it is {@code null} or empty
     */
    public String render(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        Matcher matcher = CODE.matcher(text);
        StringBuilder out = null;
        int last = 0;
        while (matcher.find()) {
            String name = byCode.get(matcher.group());
            if (name != null) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 32);
                }
                out.append(text, last, matcher.start()).append(name);
                last = matcher.end();
            }
        }
        return out == null ? text : out.append(text, last, text.length()).toString();
    }

    private String name(String key) {
        return bundle != null && bundle.containsKey(key) ? bundle.getString(key) : english.getString(key);
    }

    private static ResourceBundle load(Locale locale) {
        return Bundles.load(BUNDLE, locale, DisplayNames.class.getClassLoader());
    }

    /** The translation's own file, or {@code null} when there is none yet (its names are then English). */
    private static ResourceBundle translation(Locale locale) {
        try {
            ResourceBundle bundle = load(locale);
            return bundle.getLocale().getLanguage().equals(locale.getLanguage()) ? bundle : null;
        } catch (MissingResourceException none) {
            return null;
        }
    }
}
