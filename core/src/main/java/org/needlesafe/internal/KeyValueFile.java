package org.needlesafe.internal;

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
 * profiles, which are edited by hand. A file read with {@link #readSections} may also hold {@code [title]} lines,
 * each starting a section of its own keys (a jurisdiction profile's versions).
 */
public final class KeyValueFile {
    private final String name;
    private final Map<String, Entry> entries;
    private final String title;
    private final int titleLine;

    /** One {@code key = value} line. */
    public record Entry(int line, String key, String value) {
    }

    private KeyValueFile(String name, Map<String, Entry> entries, String title, int titleLine) {
        this.name = name;
        this.entries = entries;
        this.title = title;
        this.titleLine = titleLine;
    }

    /**
     * Reads a file without sections.
     *
     * @param file the file
     * @return its entries
     * @throws IllegalArgumentException naming the file and line, when it cannot be read or a line is not
     *         {@code key = value} or repeats a key
     */
    public static KeyValueFile read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(file.toString(), in);
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * Reads a file without sections from a stream.
     *
     * @param name the file's name, for messages
     * @param in   the file's content, UTF-8
     * @return its entries
     * @throws IllegalArgumentException naming the file and line, when it cannot be read or a line is not
     *         {@code key = value} or repeats a key
     */
    public static KeyValueFile read(String name, InputStream in) {
        return parse(name, in, false).get(0);
    }

    /**
     * Reads a file of sections: the keys before the first {@code [title]} line, then one section per title, each
     * keeping the file's line numbers. Every section is returned, the untitled head first (it may be empty).
     *
     * @param name the file's name, for messages
     * @param in   the file's content, UTF-8
     * @return the head, then each section
     * @throws IllegalArgumentException naming the file and line, when it cannot be read or a line is not
     *         {@code key = value} or repeats a key
     */
    public static List<KeyValueFile> readSections(String name, InputStream in) {
        return parse(name, in, true);
    }

    /**
     * Reads a file of sections, as {@link #readSections(String, InputStream)} does.
     *
     * @param file the file
     * @return the head, then each section
     * @throws IllegalArgumentException naming the file, when it cannot be read
     */
    public static List<KeyValueFile> readSections(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return readSections(file.toString(), in);
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot be read: " + e.getMessage(), e);
        }
    }

    private static List<KeyValueFile> parse(String name, InputStream in, boolean sections) {
        List<KeyValueFile> files = new ArrayList<>();
        Map<String, Entry> entries = new LinkedHashMap<>();
        files.add(new KeyValueFile(name, entries, null, 0));
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
                if (sections && trimmed.startsWith("[") && trimmed.endsWith("]")) {
                    entries = new LinkedHashMap<>();
                    files.add(new KeyValueFile(name, entries, trimmed.substring(1, trimmed.length() - 1).strip(),
                            line));
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
        return List.copyOf(files);
    }

    /**
     * The file's name, as messages give it.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * The section's title ({@code [title]}).
     *
     * @return the title, or {@code null} for a file's untitled head
     */
    public String title() {
        return title;
    }

    /**
     * The line of the section's title.
     *
     * @return the line, or 0 for the head
     */
    public int titleLine() {
        return titleLine;
    }

    /**
     * Whether the file (or section) has no entries.
     *
     * @return {@code true} when it has none
     */
    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /**
     * The entries, in the file's order.
     *
     * @return every entry
     */
    public Iterable<Entry> entries() {
        return entries.values();
    }

    /**
     * The entry for a key.
     *
     * @param key the key
     * @return the entry, or {@code null} when the file has none for it
     */
    public Entry get(String key) {
        return entries.get(key);
    }

    /**
     * A problem with one entry, located by file and line.
     *
     * @param entry   the entry
     * @param message what is wrong
     * @return {@code file:line: key: message}
     */
    public String problem(Entry entry, String message) {
        return name + ":" + entry.line() + ": " + entry.key() + ": " + message;
    }

    /**
     * A problem with the file (or the section, located by its title's line) as a whole, such as a missing key.
     *
     * @param message what is wrong
     * @return the message, located
     */
    public String problem(String message) {
        return title == null ? name + ": " + message : name + ":" + titleLine + ": [" + title + "]: " + message;
    }
}
