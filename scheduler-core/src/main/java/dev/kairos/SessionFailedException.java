package dev.kairos;

/**
 * The session stopped because of an error it was told to treat as fatal (a condition error with
 * {@link OnConditionError#FATAL}) or could not start (its task log cannot be read). Runs still going
 * on were terminated and recorded first where possible.
 */
public final class SessionFailedException extends RuntimeException {

    /** With the message and the cause. */
    public SessionFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
