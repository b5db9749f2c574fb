package org.needlesafe.configuration;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A plain {@code key = value} file (blank lines and {@code #} comments allowed) that remembers the line of every
 * entry, so a bad value is reported as {@code file:line: key: problem}. Used for configuration and jurisdiction
 * profiles, which are edited by hand.
 */
public final class KeyValueFile {
    private final String name;
    private final Map<String, Entry> entries;

    /** One {@code key = value} line. */
    public record Entry(int line, String key, String value) {
    }

    private KeyValueFile(String name, Map<String, Entry> entries) {
        this.name = name;
        this.entries = entries;
    }

    public static KeyValueFile read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(file.toString(), in);
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot be read: " + e.getMessage(), e);
        }
    }

    public static KeyValueFile read(String name, InputStream in) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String text;
            int line = 0;
            while ((text = reader.readLine()) != null) {
                line++;
                String trimmed = text.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                int equals = trimmed.indexOf('=');
                if (equals <= 0) {
                    problems.add(name + ":" + line + ": expected 'key = value', found '" + trimmed + "'");
                    continue;
                }
                String key = trimmed.substring(0, equals).strip();
                Entry entry = new Entry(line, key, trimmed.substring(equals + 1).strip());
                Entry earlier = entries.putIfAbsent(key, entry);
                if (earlier != null) {
                    problems.add(name + ":" + line + ": " + key + ": already set on line " + earlier.line());
                }
            }
        } catch (IOException e) {
            throw new IllegalArgumentException(name + ": cannot be read: " + e.getMessage(), e);
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("\n", problems));
        }
        return new KeyValueFile(name, entries);
    }

    public String name() {
        return name;
    }

    public Iterable<Entry> entries() {
        return entries.values();
    }

    /** The entry for a key, or {@code null}. */
    public Entry get(String key) {
        return entries.get(key);
    }

    /** A problem with one entry, located by file and line. */
    public String problem(Entry entry, String message) {
        return name + ":" + entry.line() + ": " + entry.key() + ": " + message;
    }

    /** A problem with the file as a whole, such as a missing key. */
    public String problem(String message) {
        return name + ": " + message;
    }
}
