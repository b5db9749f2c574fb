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

    public Catalogue(String baseName, Language language, ClassLoader loader) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle(baseName,
                language == Language.ENGLISH ? Locale.ROOT : language.locale(), loader,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public Language language() {
        return language;
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** The text of the key in this language, with its arguments. */
    public String text(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern
                : new MessageFormat(pattern.replace("'", "''"), language.locale()).format(args);
    }
}
