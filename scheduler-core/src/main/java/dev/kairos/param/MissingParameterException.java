package dev.kairos.param;

/**
 * A run asked for a parameter that neither the run, nor the task, nor the session defines. The run
 * fails with this message; the session goes on.
 */
public final class MissingParameterException extends RuntimeException {

    /** For the parameter {@code name} of task {@code task}. */
    public MissingParameterException(String task, String name) {
        super("task '" + task + "' needs the parameter '" + name
                + "', which is neither a run, a task nor a session parameter", null, false, false);
    }
}
