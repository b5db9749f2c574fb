package org.needlesafe.cdshooks.fhir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;

/**
 * One mapping table from FHIR codes to needlesafe codes, read from a tab-separated file with the columns
 * {@code system, code, display, needlesafe, source}. Codes of the table's own code system
 * ({@code https://needlesafe.org/fhir/CodeSystem/<name>}) always map to themselves, so an EHR can send any
 * needlesafe code directly. Immutable once built.
 *
 * @param <T> the needlesafe code type
 */
public final class CodeTable<T> {
    static final String HEADER = "system\tcode\tdisplay\tneedlesafe\tsource";

    private final String name;
    private final String ownSystem;
    private final Function<String, T> target;
    private final Map<String, List<T>> byCode;

    private CodeTable(String name, Function<String, T> target, Map<String, List<T>> byCode) {
        this.name = name;
        this.ownSystem = NeedlesafeFhir.codeSystem(name);
        this.target = target;
        this.byCode = byCode;
    }

    /** The needlesafe codes one coding maps to; empty when the table does not know it. */
    public List<T> lookup(String system, String code) {
        if (system == null || code == null) {
            return List.of();
        }
        if (system.equals(ownSystem)) {
            try {
                return List.of(target.apply(code));
            } catch (IllegalArgumentException e) {
                return List.of();
            }
        }
        return byCode.getOrDefault(key(system, code), List.of());
    }

    /** The needlesafe codes any coding of the concept maps to, without repeats, in coding order. */
    public Set<T> lookup(CodeableConcept concept) {
        if (concept == null) {
            return Set.of();
        }
        Set<T> found = new LinkedHashSet<>();
        for (Coding coding : concept.getCoding()) {
            found.addAll(lookup(coding.getSystem(), coding.getCode()));
        }
        return found;
    }

    public String name() {
        return name;
    }

    /** The table's own code system URL. */
    public String ownSystem() {
        return ownSystem;
    }

    private static String key(String system, String code) {
        return system + '\u0000' + code;
    }

    /** Reads the rows of one or more files into a table, collecting every problem before failing. */
    static final class Builder<T> {
        private final String name;
        private final Function<String, T> target;
        private final boolean manyTargets;
        private final Map<String, List<T>> byCode = new HashMap<>();
        private final Map<String, String> firstSeen = new HashMap<>();
        private final List<String> problems = new ArrayList<>();

        /**
         * @param target      parses the needlesafe column; throws {@link IllegalArgumentException} on a bad value
         * @param manyTargets whether one code may have several rows (body sites: the face is every facial area)
         */
        Builder(String name, Function<String, T> target, boolean manyTargets) {
            this.name = name;
            this.target = target;
            this.manyTargets = manyTargets;
        }

        Builder<T> read(String source, InputStream in) {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String text;
                int line = 0;
                boolean header = false;
                while ((text = reader.readLine()) != null) {
                    line++;
                    if (text.isBlank() || text.startsWith("#")) {
                        continue;
                    }
                    if (!header) {
                        header = true;
                        if (!text.strip().equals(HEADER)) {
                            problems.add(source + ":" + line + ": the header must be '" + HEADER.replace('\t', ' ')
                                    + "' (tab-separated)");
                            return this;
                        }
                        continue;
                    }
                    row(source + ":" + line, text.split("\t", -1));
                }
                if (!header) {
                    problems.add(source + ": no header line");
                }
            } catch (IOException e) {
                problems.add(source + ": cannot be read: " + e.getMessage());
            }
            return this;
        }

        private void row(String where, String[] columns) {
            if (columns.length != 5) {
                problems.add(where + ": expected 5 tab-separated columns, found " + columns.length);
                return;
            }
            String system = columns[0].strip();
            String code = columns[1].strip();
            String value = columns[3].strip();
            if (system.isEmpty() || code.isEmpty() || value.isEmpty() || columns[4].isBlank()) {
                problems.add(where + ": system, code, needlesafe and source are required");
                return;
            }
            T mapped;
            try {
                mapped = target.apply(value);
            } catch (IllegalArgumentException e) {
                problems.add(where + ": '" + value + "' is not a needlesafe " + name + " code");
                return;
            }
            String key = key(system, code);
            List<T> targets = byCode.computeIfAbsent(key, k -> new ArrayList<>());
            String earlier = firstSeen.putIfAbsent(key, where);
            if (earlier != null && (!manyTargets || targets.contains(mapped))) {
                problems.add(where + ": " + system + " " + code + " is already mapped at " + earlier);
                return;
            }
            targets.add(mapped);
        }

        List<String> problems() {
            return problems;
        }

        CodeTable<T> build() {
            Map<String, List<T>> frozen = new HashMap<>();
            byCode.forEach((key, targets) -> frozen.put(key, List.copyOf(targets)));
            return new CodeTable<>(name, target, Collections.unmodifiableMap(frozen));
        }
    }
}
