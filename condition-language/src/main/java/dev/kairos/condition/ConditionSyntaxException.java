package dev.kairos.condition;

import java.util.Objects;
import java.util.Optional;

/**
 * A condition (or a duration) that cannot be read. The message names the line and column, what was
 * found and what would have been accepted, suggests the nearest known word for a misspelling, and
 * shows the offending line with carets under the culprit:
 *
 * <pre>
 * line 1, column 14: found 'succeded', expected one of 'succeeded', 'failed', …; did you mean 'succeeded'?
 *   task 'x' has succeded
 *                ^^^^^^^^
 * </pre>
 */
public final class ConditionSyntaxException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    /** The most characters of the offending line that the message echoes. */
    private static final int ECHOED = 120;

    private final String input;
    private final int line;
    private final int column;
    private final int length;
    private final String found;
    private final String expected;
    private final String suggestion;

    /**
     * @param input      the whole text that was parsed
     * @param line       1-based line of the culprit
     * @param column     1-based column of the culprit
     * @param length     how many characters the culprit spans (at least 1 caret is drawn)
     * @param found      what was found, as the user wrote it (or a description such as "end of input")
     * @param expected   what would have been accepted, in words
     * @param suggestion the nearest known word, or {@code null}
     */
    public ConditionSyntaxException(String input, int line, int column, int length, String found, String expected,
            String suggestion) {
        super(format(input, line, column, length, found, expected, suggestion));
        this.input = Objects.requireNonNull(input, "input");
        this.line = line;
        this.column = column;
        this.length = length;
        this.found = found;
        this.expected = expected;
        this.suggestion = suggestion;
    }

    /** The text that was parsed. */
    public String input() {
        return input;
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

    /** What was found, e.g. {@code 'succeded'} or {@code end of input}. */
    public String found() {
        return found;
    }

    /** What would have been accepted, in words. */
    public String expected() {
        return expected;
    }

    /** The nearest known word to a misspelling, if one is close. */
    public Optional<String> suggestion() {
        return Optional.ofNullable(suggestion);
    }

    /** The first line of the message, without the echoed text and carets. */
    public String summary() {
        return summary(line, column, found, expected, suggestion);
    }

    private static String summary(int line, int column, String found, String expected, String suggestion) {
        String s = "line " + line + ", column " + column + ": found " + found + ", expected " + expected;
        return suggestion == null ? s : s + "; did you mean '" + suggestion + "'?";
    }

    private static String format(String input, int line, int column, int length, String found, String expected,
            String suggestion) {
        String[] lines = input.split("\r\n|\r|\n", -1);
        String text = line >= 1 && line <= lines.length ? lines[line - 1] : "";
        // Tabs would shift the carets: echo them as single spaces.
        text = text.replace('\t', ' ');
        int at = Math.max(0, column - 1);
        String cut = "";
        int shown = text.length();
        if (text.length() > ECHOED) {
            // A long line is echoed from a little before the culprit, so the carets stay on screen.
            int from = Math.max(0, Math.min(at - ECHOED / 3, text.length() - ECHOED));
            cut = from > 0 ? "…" : "";
            String part = text.substring(from, Math.min(text.length(), from + ECHOED));
            shown = cut.length() + part.length();
            text = cut + part + (from + ECHOED < text.length() ? "…" : "");
            at = at - from + cut.length();
        }
        int width = Math.max(1, Math.min(length, Math.max(1, shown - at)));
        return summary(line, column, found, expected, suggestion) + "\n  " + text + "\n  "
                + " ".repeat(at) + "^".repeat(width);
    }
}
