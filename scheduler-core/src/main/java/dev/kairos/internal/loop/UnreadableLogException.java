package dev.kairos.internal.loop;

/** The task log cannot be read at all, or not written, so the session cannot start; the message names the log. */
public final class UnreadableLogException extends Exception {
    private static final long serialVersionUID = 1L;

    UnreadableLogException(String message, Throwable cause) {
        super(message, cause);
    }
}
