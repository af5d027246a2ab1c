package dev.kairos.condition;

/**
 * A condition could not be evaluated because a user-registered {@link Phrase} threw. The session
 * catches it and, by its configuration, treats the condition as false or stops.
 */
public final class ConditionEvaluationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param condition the phrase as written; {@code cause} what its predicate threw */
    public ConditionEvaluationException(String condition, Throwable cause) {
        super("condition '" + condition + "' failed: " + cause, cause);
    }
}
