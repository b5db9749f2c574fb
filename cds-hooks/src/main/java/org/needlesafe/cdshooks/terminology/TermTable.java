package org.needlesafe.cdshooks.terminology;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A table of terms that stand for more than one exact code, read from a tab-separated file with the columns
 * {@code <key>, needlesafe, source}: ICD-10-CM code prefixes (a prefix stands for every code under it in the
 * public hierarchy; the longest wins, and {@code -} carves a prefix out) or names (whole words in a medication's
 * or condition's text, e.g. the ingredient an RxNorm product name carries). Immutable once built.
 *
 * @param <T> the needlesafe code type
 */
public final class TermTable<T> {
    private final List<Term<T>> terms;

    /** One row: its key, its needlesafe value ({@code null} for a carve-out) and, for names, the word pattern. */
    public record Term<T>(String key, T value, Pattern words) {
    }

    private TermTable(List<Term<T>> terms) {
        this.terms = List.copyOf(terms);
    }

    /** The value of the longest prefix of the code, without dots; empty when none or a carve-out matches. */
    public Optional<T> byPrefix(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String bare = code.replace(".", "").strip().toUpperCase(Locale.ROOT);
        return terms.stream()
                .filter(term -> bare.startsWith(term.key()))
                .max(Comparator.comparingInt(term -> term.key().length()))
                .map(Term::value);
    }

    /** Every row whose name occurs in the text as whole words (case-insensitive, text in [brackets] left out). */
    public List<Term<T>> inText(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String plain = text.replaceAll("\\[[^\\]]*\\]", " ");
        List<Term<T>> found = new ArrayList<>();
        for (Term<T> term : terms) {
            if (term.words() != null && term.words().matcher(plain).find()) {
                found.add(term);
            }
        }
        return found;
    }

    /** The values of {@link #inText}, without repeats. */
    public Set<T> valuesInText(String text) {
        Set<T> values = new LinkedHashSet<>();
        inText(text).forEach(term -> values.add(term.value()));
        return values;
    }

    public int size() {
        return terms.size();
    }

    /** Reads a table of ICD-10-CM code prefixes. */
    public static <T> TermTable<T> prefixes(String source, InputStream in, Function<String, T> parse,
                                            List<String> problems) {
        return read(source, in, parse, problems, true);
    }

    /** Reads a table of names matched as whole words. */
    public static <T> TermTable<T> names(String source, InputStream in, Function<String, T> parse,
                                         List<String> problems) {
        return read(source, in, parse, problems, false);
    }

    private static <T> TermTable<T> read(String source, InputStream in, Function<String, T> parse,
                                         List<String> problems, boolean prefixes) {
        List<Term<T>> terms = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String text;
            int line = 0;
            boolean header = false;
            while ((text = reader.readLine()) != null) {
                line++;
                if (text.isBlank() || text.startsWith("#")) {
                    continue;
                }
                String where = source + ":" + line;
                String[] columns = text.split("\t", -1);
                if (!header) {
                    header = true;
                    if (columns.length != 3 || !columns[1].equals("needlesafe") || !columns[2].equals("source")) {
                        problems.add(where + ": the header must be '<key> needlesafe source' (tab-separated)");
                        return new TermTable<>(terms);
                    }
                    continue;
                }
                if (columns.length != 3 || columns[0].isBlank() || columns[1].isBlank() || columns[2].isBlank()) {
                    problems.add(where + ": expected 3 tab-separated columns, all required");
                    continue;
                }
                String key = prefixes ? columns[0].strip().replace(".", "").toUpperCase(Locale.ROOT)
                        : columns[0].strip().toLowerCase(Locale.ROOT);
                if (!seen.add(key)) {
                    problems.add(where + ": '" + columns[0].strip() + "' is already in the table");
                    continue;
                }
                T value = null;
                if (!(prefixes && columns[1].strip().equals("-"))) {
                    try {
                        value = parse.apply(columns[1].strip());
                    } catch (IllegalArgumentException e) {
                        problems.add(where + ": '" + columns[1].strip() + "' is not a needlesafe code here");
                        continue;
                    }
                }
                Pattern words = prefixes ? null : Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(key)
                        + "(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
                terms.add(new Term<>(key, value, words));
            }
            if (!header) {
                problems.add(source + ": no header line");
            }
        } catch (IOException e) {
            problems.add(source + ": cannot be read: " + e.getMessage());
        }
        return new TermTable<>(terms);
    }
}
