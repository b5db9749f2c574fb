package org.needlesafe.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Loads a catalogue's properties files as {@link ResourceBundle#getBundle(String, Locale, ClassLoader,
 * ResourceBundle.Control)} does with the no-fallback properties control: the language's file with the base file as
 * its parent, never the default locale's. By hand because the JDK refuses a {@code Control} to code in a named module,
 * and core is one on the module path.
 */
final class Bundles {
    private static final ResourceBundle.Control LOOKUP =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /** Read once, as {@code getBundle} caches them: a report renderer asks for its catalogue for every report. */
    private static final Map<Key, ResourceBundle> LOADED = new ConcurrentHashMap<>();

    private Bundles() {
    }

    private record Key(String baseName, Locale locale, ClassLoader loader) {
    }

    /**
     * The most specific file for the locale, its less specific ones as parents.
     *
     * @throws MissingResourceException when the loader holds no file of that base name
     */
    static ResourceBundle load(String baseName, Locale locale, ClassLoader loader) {
        return LOADED.computeIfAbsent(new Key(baseName, locale, loader), key -> loadNow(baseName, locale, loader));
    }

    private static ResourceBundle loadNow(String baseName, Locale locale, ClassLoader loader) {
        Located first = null;
        Located last = null;
        for (Locale candidate : LOOKUP.getCandidateLocales(baseName, locale)) {
            Located found = read(LOOKUP.toResourceName(LOOKUP.toBundleName(baseName, candidate), "properties"),
                    candidate, loader);
            if (found == null) {
                continue;
            }
            if (first == null) {
                first = found;
            } else {
                last.parent(found);
            }
            last = found;
        }
        if (first == null) {
            throw new MissingResourceException("Can't find bundle for base name " + baseName + ", locale " + locale,
                    baseName + "_" + locale, "");
        }
        return first;
    }

    private static Located read(String resource, Locale locale, ClassLoader loader) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            return in == null ? null : new Located(in, locale);
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }

    /** A properties file that knows its locale and parent, as {@code getBundle} sets them. */
    private static final class Located extends PropertyResourceBundle {
        private final Locale locale;

        Located(InputStream in, Locale locale) throws IOException {
            super(in);
            this.locale = locale;
        }

        @Override
        public Locale getLocale() {
            return locale;
        }

        void parent(ResourceBundle parent) {
            setParent(parent);
        }
    }
}
