package dev.kairos.condition.internal.syntax;

import dev.kairos.condition.internal.grammar.ConditionLexer;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.antlr.v4.runtime.Token;

/**
 * The size a condition may have, checked before the parser sees it, so that no text, however made,
 * costs more than a bounded time and stack: the limits are documented on the public
 * {@code ConditionParser}. Not API.
 */
public final class Limits {
    /** The most characters a condition may have. */
    public static final int MAX_LENGTH = 10_000;
    /** The most levels of {@code (} and {@code ~} / {@code not} that may be open at once. */
    public static final int MAX_DEPTH = 100;

    private Limits() {
    }

    /**
     * @throws SyntaxError at the first character past {@link #MAX_LENGTH}
     */
    static void length(String text) {
        if (text.length() <= MAX_LENGTH) {
            return;
        }
        int line = 1;
        int column = 1;
        for (int i = 0; i < MAX_LENGTH; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
                line++;
                column = 1;
            } else if (c != '\r') {
                column++;
            }
        }
        throw new SyntaxError(line, column, 1, "a condition of " + String.format("%,d", text.length())
                + " characters", "at most " + String.format("%,d", MAX_LENGTH) + " characters", null);
    }

    /**
     * Counts how deep the parser would nest: each open {@code (} is a level, and so is each {@code ~}
     * or {@code not} until the operand it negates has ended at an {@code &}, {@code |} or {@code )}.
     *
     * @throws SyntaxError at the token that opens level {@link #MAX_DEPTH} + 1
     */
    static void depth(List<Token> tokens) {
        Deque<int[]> open = new ArrayDeque<>();
        int[] level = {0};
        int depth = 0;
        for (Token t : tokens) {
            switch (t.getType()) {
                case ConditionLexer.LPAREN -> {
                    open.push(level);
                    level = new int[] {0};
                    depth++;
                }
                case ConditionLexer.NOT, ConditionLexer.TILDE -> {
                    level[0]++;
                    depth++;
                }
                case ConditionLexer.RPAREN -> {
                    if (open.isEmpty()) {
                        continue;
                    }
                    depth -= level[0] + 1;
                    level = open.pop();
                }
                case ConditionLexer.AND, ConditionLexer.AMP, ConditionLexer.OR, ConditionLexer.PIPE -> {
                    depth -= level[0];
                    level[0] = 0;
                }
                default -> {
                    continue;
                }
            }
            if (depth > MAX_DEPTH) {
                throw new SyntaxError(t.getLine(), t.getCharPositionInLine() + 1, 1, "'" + t.getText()
                        + "' nested " + depth + " levels deep", "at most " + MAX_DEPTH + " levels of '(' and"
                        + " '~' or 'not' open at once", null);
            }
        }
    }
}
