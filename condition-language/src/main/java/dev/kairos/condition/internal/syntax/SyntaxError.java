package dev.kairos.condition.internal.syntax;

/**
 * A text of the language that cannot be read: where, what was found, what is accepted, and the
 * nearest known word. The public parsers turn it into their documented exception, adding the text;
 * it carries no stack trace, since it never reaches a user as it is. Not API.
 */
public final class SyntaxError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;
    private final int length;
    private final String found;
    private final String expected;
    private final String suggestion;

    /**
     * @param line       1-based line of the culprit
     * @param column     1-based column of the culprit
     * @param length     how many characters the culprit spans
     * @param found      what was found, as written (or a description such as "end of input")
     * @param expected   what would have been accepted, in words
     * @param suggestion the nearest known word, or {@code null}
     */
    public SyntaxError(int line, int column, int length, String found, String expected, String suggestion) {
        super("line " + line + ", column " + column + ": found " + found + ", expected " + expected, null, false,
                false);
        this.line = line;
        this.column = column;
        this.length = length;
        this.found = found;
        this.expected = expected;
        this.suggestion = suggestion;
    }

    /** 1-based line of the culprit. */
    public int line() {
        return line;
    }

    /** 1-based column of the culprit. */
    public int column() {
        return column;
    }

    /** How many characters the culprit spans. */
    public int length() {
        return length;
    }

    /** What was found, as written, or a description such as {@code end of input}. */
    public String found() {
        return found;
    }

    /** What would have been accepted, in words. */
    public String expected() {
        return expected;
    }

    /** The nearest known word, or {@code null}. */
    public String suggestion() {
        return suggestion;
    }
}
