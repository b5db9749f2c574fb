package org.needlesafe;

import java.util.List;

/**
 * The one exception {@link SafetyAdvisor#assess} throws for bad input: it carries every problem found, each with
 * the field's path and what is wrong, so a caller can fix them all at once.
 */
public final class InvalidCaseException extends RuntimeException {
    /** Every problem found, at least one. */
    private final List<Problem> problems;

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param problems every problem found, at least one
     * @throws IllegalArgumentException when {@code problems} is empty
     */
    public InvalidCaseException(List<Problem> problems) {
        super(describe(problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an invalid case has at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /**
     * The problems, in the order found.
     *
     * @return every problem, each with its JSON path and message
     */
    public List<Problem> problems() {
        return problems;
    }

    private static String describe(List<Problem> problems) {
        StringBuilder text = new StringBuilder("invalid case: ").append(problems.size()).append(" problem(s)");
        for (Problem problem : problems) {
            text.append("\n  ").append(problem);
        }
        return text.toString();
    }
}
