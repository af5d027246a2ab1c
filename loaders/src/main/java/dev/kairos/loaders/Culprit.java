package dev.kairos.loaders;

import dev.kairos.condition.ConditionSyntaxException;
import java.nio.file.Path;

/**
 * Turns a {@link ConditionSyntaxException} in a value written in a file into a problem at the
 * culprit's place in the file, with the file's line echoed and a caret under the culprit.
 */
final class Culprit {
    private Culprit() {
    }

    /**
     * @param what     what the text is, e.g. {@code "key 'start'"}
     * @param line     where the text starts in the file (1-based; 0 if unknown)
     * @param column   where the text starts in the file (1-based)
     * @param lineText the file's line {@code line}
     */
    static LoadProblem of(Path file, String what, int line, int column, String lineText, ConditionSyntaxException e) {
        String found = "found " + e.found() + ", expected " + e.expected()
                + e.suggestion().map(s -> "; did you mean '" + s + "'?").orElse("");
        if (line == 0 || e.line() != 1) {
            // Not locatable in the file: show the exception's own view of the text.
            return new LoadProblem(file, line, column, what + ": " + e.getMessage());
        }
        int col = column + e.column() - 1;
        String text = lineText.replace('\t', ' ');
        int width = Math.max(1, Math.min(e.length(), text.length() - (col - 1)));
        return new LoadProblem(file, line, col, what + ": " + found + "\n  " + text + "\n  "
                + " ".repeat(Math.max(0, col - 1)) + "^".repeat(width));
    }

    /** The 1-based line and column of character {@code index} of {@code text}. */
    static int[] position(String text, int index) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < index && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, index - lineStart + 1};
    }

    /** Line {@code line} (1-based) of {@code text}. */
    static String line(String text, int line) {
        String[] lines = text.split("\r\n|\r|\n", -1);
        return line >= 1 && line <= lines.length ? lines[line - 1] : "";
    }
}
