package org.needlesafe;

/**
 * The rule pack cannot be used: a DRL file does not compile, a rule lacks its metadata, or a jurisdiction profile
 * or configuration file is malformed. Thrown at start-up, never half-way through an assessment; the message names
 * the file, the line and the problem.
 */
public final class RulePackException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message the file, line and problem
     */
    public RulePackException(String message) {
        super(message);
    }
}
