package org.needlesafe;

/**
 * The {@link SafetyAdvisor} was closed: it assesses nothing more. Build a new advisor instead. A subclass of
 * {@link IllegalStateException}, so code that caught that before still does.
 */
public final class AdvisorClosedException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what was asked of the closed advisor
     */
    public AdvisorClosedException(String message) {
        super(message);
    }
}
