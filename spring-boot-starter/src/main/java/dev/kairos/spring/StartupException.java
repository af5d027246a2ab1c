package dev.kairos.spring;

/**
 * Why the session could not start with the context: a task's condition, a task file, a bean's
 * {@code @Task} method, the task log. Its message is Kairos's own words (where, what was found, what
 * is accepted); {@link FailureAnalyzer} prints it instead of the stack trace.
 */
final class StartupException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String action;

    StartupException(String message, String action) {
        super(message);
        this.action = action;
    }

    StartupException(String message, String action, Throwable cause) {
        super(message, cause);
        this.action = action;
    }

    /** What the user can do about it. */
    String action() {
        return action;
    }
}
