package org.needlesafe.text;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * One module's catalogue of texts (a report's headings, a card's labels) in one language: {@code <base>.properties}
 * is English, {@code <base>_<tag>.properties} a translation with the same keys and parameters (the translation gate
 * checks them with {@link Catalogues}). Patterns are {@link MessageFormat} patterns whose apostrophes are plain
 * apostrophes. Thread-safe.
 */
public final class Catalogue {
    private final Language language;
    private final ResourceBundle bundle;

    /**
     * Loads a module's catalogue in one language. Where the translation's file is absent, it answers with the
     * English file; {@link Catalogues} is the check that every translation is there and complete.
     *
     * @param baseName the catalogue's base name, e.g. {@code org.needlesafe.cdshooks.cards.Cards}
     * @param language the language to load
     * @param loader   the class loader that holds the catalogue files
     * @throws java.util.MissingResourceException when there is no catalogue of that base name
     */
    public Catalogue(String baseName, Language language, ClassLoader loader) {
        this.language = language;
        this.bundle = Bundles.load(baseName, language == Language.ENGLISH ? Locale.ROOT : language.locale(), loader);
    }

    /**
     * The language of its texts.
     *
     * @return the language
     */
    public Language language() {
        return language;
    }

    /**
     * Whether the catalogue holds a text for the key.
     *
     * @param key the text's key
     * @return {@code true} when it has one
     */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /**
     * The pattern of the key in this language, its arguments not yet filled in.
     *
     * @param key the text's key
     * @return the pattern
     * @throws java.util.MissingResourceException when the catalogue has no such key
     */
    public String pattern(String key) {
        return bundle.getString(key);
    }

    /**
     * The text of the key in this language, with its arguments.
     *
     * @param key  the text's key
     * @param args the arguments, in pattern order; none leaves the pattern as it is
     * @return the text
     * @throws java.util.MissingResourceException when the catalogue has no such key
     */
    public String text(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern
                : Patterns.format(pattern, language.locale(), args);
    }
}
