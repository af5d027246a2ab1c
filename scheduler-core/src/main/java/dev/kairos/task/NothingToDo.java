package dev.kairos.task;

/**
 * Thrown (or returned) by a task body to say that it had nothing to do this time: the run is
 * recorded as {@code inaction} rather than {@code success}, with this exception's message.
 */
public final class NothingToDo extends RuntimeException {

    /** A signal with an explanation, recorded as the run's message. */
    public NothingToDo(String reason) {
        super(reason == null ? "" : reason, null, false, false);
    }

    /** A signal without an explanation. */
    public NothingToDo() {
        this("");
    }
}
