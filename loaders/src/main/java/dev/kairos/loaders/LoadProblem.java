package dev.kairos.loaders;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Why a task file (or one version of it) was not loaded. The previous version of the file's tasks,
 * if any, keeps running until a good version arrives.
 *
 * @param file    the file, as found under the task directory
 * @param line    1-based line of the culprit, or 0 when the problem is the whole file
 * @param column  1-based column of the culprit, or 0 when unknown
 * @param message what was found, what is accepted and what to do; may span several lines (the
 *                culprit's line with a caret under it)
 */
public record LoadProblem(Path file, int line, int column, String message) {

    /** Checks the fields; messages name the field and the bad value. */
    public LoadProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column must not be negative, were " + line + ", " + column);
        }
    }

    /** A problem with the whole file. */
    static LoadProblem of(Path file, String message) {
        return new LoadProblem(file, 0, 0, message);
    }

    /** {@code file:line:column: message}, the form compilers use, so editors can jump to it. */
    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "") + ": " + message;
    }
}
