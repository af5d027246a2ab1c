package dev.kairos.log;

import java.util.Objects;

/**
 * A line of a task log that could not be read, and why. Reading skips such lines and reports them;
 * a problem is never fatal.
 *
 * @param line    the 1-based line number in the file where the bad record starts
 * @param message what was wrong, naming the field and the value found
 * @param truncated whether this is a half-written last line (a write interrupted by a crash)
 */
public record LogProblem(long line, String message, boolean truncated) {

    /** Checks the fields. */
    public LogProblem {
        if (line < 1) {
            throw new IllegalArgumentException("line must be 1 or more, was " + line);
        }
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return "line " + line + ": " + message;
    }
}
