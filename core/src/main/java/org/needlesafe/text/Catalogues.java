package org.needlesafe.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The translation gate's check, for the catalogues of any module: a translation has every English text, no other,
 * and each with the same parameters ({@code {0}}, {@code {1}}, ...).
 */
public final class Catalogues {
    private static final Pattern PARAMETER = Pattern.compile("\\{(\\d+)");

    private Catalogues() {
    }

    /**
     * Every difference between the English texts and a translation: missing, stale, or other parameters.
     *
     * @param english     the English texts by key
     * @param translation the translated texts by key
     * @return one line per difference, naming the key; empty when the translation is complete
     */
    public static List<String> differences(Map<String, String> english, Map<String, String> translation) {
        List<String> differences = new ArrayList<>();
        new TreeMap<>(english).forEach((key, pattern) -> {
            String translated = translation.get(key);
            if (translated == null || translated.isBlank()) {
                differences.add(key + ": missing");
            } else if (!parameters(translated).equals(parameters(pattern))) {
                differences.add(key + ": parameters " + parameters(translated) + ", English has "
                        + parameters(pattern));
            }
        });
        new TreeSet<>(translation.keySet()).stream().filter(key -> !english.containsKey(key))
                .forEach(key -> differences.add(key + ": not an English text (stale?)"));
        return differences;
    }

    /**
     * A catalogue file on the class path, as UTF-8 properties; an exception when there is none.
     *
     * @param loader   the class loader that holds it
     * @param resource its resource path, e.g. {@code org/needlesafe/text/Messages_es.properties}
     * @return its texts by key, in key order
     * @throws IllegalArgumentException when there is no such resource
     */
    public static Map<String, String> load(ClassLoader loader, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no catalogue " + resource);
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> texts = new TreeMap<>();
            properties.stringPropertyNames().forEach(key -> texts.put(key, properties.getProperty(key)));
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<Integer> parameters(String pattern) {
        Set<Integer> indices = new TreeSet<>();
        Matcher matcher = PARAMETER.matcher(pattern);
        while (matcher.find()) {
            indices.add(Integer.parseInt(matcher.group(1)));
        }
        return indices;
    }
}
