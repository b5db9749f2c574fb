package org.needlesafe.json;

import static org.needlesafe.json.ProblemText.invalid;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.needlesafe.engine.CaseValidator;
import org.needlesafe.InvalidCaseException;
import org.needlesafe.Problem;
import org.needlesafe.SafetyAdvisor;
import org.needlesafe.TreatmentCase;
import org.needlesafe.ValidCase;
import org.needlesafe.text.Message;

/**
 * Reads one case document of the public JSON contract into a {@link TreatmentCase}, or reports every problem with
 * it at once, each with its JSON path ({@code plan.areas[0].depthMm: must be > 0 and <= 3.5}).
 *
 * <p>Schema first, in four steps: the {@linkplain DocumentGuard guard} turns bytes into a JSON tree (encoding, size,
 * syntax, nesting, a field given twice); the {@linkplain DocumentSurvey survey} checks the size limits everywhere;
 * the published {@linkplain CaseSchema JSON Schema} reports every structural problem; Jackson binds what is left
 * to the core's records; and the core's own validation runs once. The problems of every step are merged, one per
 * path, in document order.
 *
 * <p>It reads what the contract says and nothing more: unknown fields are ignored (newer senders must work), unknown
 * codes are invalid. A yes/no answer that is absent or {@code null} stays unknown and a list that is absent or
 * {@code null} stays "not reviewed" ({@code []} is "reviewed, none"), so the fail-safe can see them. Depths keep the
 * exact decimal written; a whole number may be written {@code 34} or {@code 34.0}. Dates are calendar dates
 * written YYYY-MM-DD, with a four-digit year.
 *
 * <p>Input limits, so that no document can exhaust memory or time; each breach is reported as a problem like any
 * other:
 * <ul>
 *   <li>a document has at most {@value #MAX_DOCUMENT_BYTES} bytes (1 MiB);</li>
 *   <li>objects and lists nest at most {@value #MAX_NESTING_DEPTH} levels deep;</li>
 *   <li>a list has at most {@value #MAX_LIST_ENTRIES} entries, anywhere in the document;</li>
 *   <li>a string has at most {@value #MAX_STRING_CHARS} characters, anywhere in the document, and so has a field
 *       name (characters as a reader counts them: an emoji or a CJK ideograph is one);</li>
 *   <li>a number has at most {@value #MAX_NUMBER_CHARS} digits, its exponent's included (the parser counts
 *       neither sign nor point), and a depth at most {@value #MAX_DEPTH_DECIMALS} decimal places;</li>
 *   <li>at most {@value #MAX_PROBLEMS} problems are listed for one document.</li>
 * </ul>
 * A field given twice in one object is invalid ({@code patient.pregnant: given twice}): which of the two answers
 * counts would be a guess.
 *
 * <p>Whatever the input, the only exception it throws is {@link InvalidCaseException}. Immutable and thread-safe.
 */
public final class CaseReader {
    /** The largest document read, in bytes: 1 MiB. */
    public static final int MAX_DOCUMENT_BYTES = 1024 * 1024;
    /** How deep objects and lists may nest. */
    public static final int MAX_NESTING_DEPTH = 32;
    /** The most entries one list may have. */
    public static final int MAX_LIST_ENTRIES = 100;
    /** The longest string (and field name), in characters. */
    public static final int MAX_STRING_CHARS = 1000;
    /** The most digits a number may have, its exponent's included. */
    public static final int MAX_NUMBER_CHARS = 50;
    /** The most decimal places a depth may have (0.075 mm is the finest roller on the market). */
    public static final int MAX_DEPTH_DECIMALS = 3;
    /** The most problems listed for one document; further ones are counted, not listed. */
    public static final int MAX_PROBLEMS = 100;

    /** The advisor whose validation the reader uses, or {@code null} for a reader given profile ids only. */
    private final SafetyAdvisor advisor;
    private final Set<String> jurisdictionIds;

    /** A reader that validates against the advisor's loaded jurisdiction profiles. */
    public CaseReader(SafetyAdvisor advisor) {
        this.advisor = Objects.requireNonNull(advisor, "advisor");
        this.jurisdictionIds = null;
    }

    /** A reader that validates against these jurisdiction profile ids, e.g. {@code US-UT}. */
    public CaseReader(Collection<String> jurisdictionIds) {
        this.advisor = null;
        this.jurisdictionIds = Collections.unmodifiableSortedSet(new TreeSet<>(
                Objects.requireNonNull(jurisdictionIds, "jurisdictionIds")));
    }

    /**
     * Reads a case document.
     *
     * @throws InvalidCaseException listing every problem with the document
     */
    public TreatmentCase read(String json) {
        Objects.requireNonNull(json, "json");
        if (json.length() > MAX_DOCUMENT_BYTES) {
            throw DocumentGuard.tooLarge(); // every character takes a byte or more: refused before it is encoded
        }
        return read(json.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Reads a case document from the stream (UTF-8, or UTF-16/32 with a byte-order mark); does not close it.
     *
     * @throws InvalidCaseException listing every problem with the document, including a stream that cannot be read
     */
    public TreatmentCase read(InputStream in) {
        Objects.requireNonNull(in, "in");
        try {
            return read(DocumentGuard.readAtMost(in));
        } catch (IOException e) {
            throw invalid("cannot be read: " + e.getMessage());
        }
    }

    /**
     * Reads a case file.
     *
     * @throws InvalidCaseException listing every problem with the file, including a file that is missing or cannot
     *                              be read
     */
    public TreatmentCase read(Path file) {
        return read(bytes(file));
    }

    /**
     * Reads a case document given as bytes (UTF-8, or UTF-16/32), such as one line of a JSON Lines stream.
     *
     * @throws InvalidCaseException listing every problem with the document
     */
    public TreatmentCase read(byte[] document) {
        return reading(document).treatment();
    }

    /**
     * Reads a case file, validated by the reader's advisor once, for {@link SafetyAdvisor#assess(ValidCase)}.
     *
     * @throws InvalidCaseException         listing every problem with the file
     * @throws UnsupportedOperationException when the reader was built on profile ids, not an advisor
     */
    public ValidCase readValid(Path file) {
        return readValid(bytes(file));
    }

    /**
     * Reads a case document, validated by the reader's advisor once, for {@link SafetyAdvisor#assess(ValidCase)}.
     *
     * @throws InvalidCaseException         listing every problem with the document
     * @throws UnsupportedOperationException when the reader was built on profile ids, not an advisor
     */
    public ValidCase readValid(byte[] document) {
        if (advisor == null) {
            throw new UnsupportedOperationException("a reader built on profile ids has no advisor to validate with");
        }
        return reading(document).valid();
    }

    /** Guard, survey, schema, binding and the core's validation, once; every problem merged. */
    private Reading reading(byte[] document) {
        ObjectNode root = DocumentGuard.tree(document);
        DocumentSurvey survey = new DocumentSurvey(root);
        CaseSchema.check(root, survey);
        TreatmentCase treatment = CaseBinding.bind(root, survey);
        ValidCase valid = null;
        List<Problem> coreProblems;
        if (advisor == null) {
            coreProblems = CaseValidator.validate(treatment, jurisdictionIds);
        } else {
            try {
                valid = advisor.check(treatment);
                coreProblems = List.of();
            } catch (InvalidCaseException e) {
                coreProblems = e.problems();
            }
        }
        List<Problem> problems = survey.merge(coreProblems);
        if (!problems.isEmpty()) {
            throw new InvalidCaseException(ProblemText.printable(problems));
        }
        return new Reading(treatment, valid);
    }

    private static byte[] bytes(Path file) {
        Objects.requireNonNull(file, "file");
        if (Files.isDirectory(file)) {
            throw invalid(Message.keyed("problem.isFolder"));
        }
        try (InputStream in = Files.newInputStream(file)) {
            return DocumentGuard.readAtMost(in);
        } catch (NoSuchFileException e) {
            throw invalid(Message.keyed("problem.noSuchFile"));
        } catch (AccessDeniedException e) {
            throw invalid(Message.keyed("problem.permissionDenied"));
        } catch (IOException e) {
            throw invalid("cannot be read: " + e.getMessage());
        }
    }

    private record Reading(TreatmentCase treatment, ValidCase valid) {
    }
}
