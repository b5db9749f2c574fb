package org.needlesafe.api;

import java.util.List;
import org.needlesafe.Problem;

/**
 * An error answered as {@code application/problem+json} (RFC 9457): a status, a title, a detail and, for an invalid
 * case, the list of problems, each with its JSON path.
 */
public final class ApiProblem extends RuntimeException {
    private final int status;
    private final String title;
    private final List<Problem> problems;

    public ApiProblem(int status, String title, String detail, List<Problem> problems) {
        super(detail, null, false, false);
        this.status = status;
        this.title = title;
        this.problems = List.copyOf(problems);
    }

    public ApiProblem(int status, String title, String detail) {
        this(status, title, detail, List.of());
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public List<Problem> problems() {
        return problems;
    }
}
