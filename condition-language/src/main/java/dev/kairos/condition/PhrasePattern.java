package dev.kairos.condition;

import dev.kairos.condition.internal.grammar.ConditionLexer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;

/**
 * A registered phrase: words (matched without regard to case) and {@code {}} placeholders (each
 * matched by one quoted value), and its meaning.
 */
final class PhrasePattern {
    /** Marks a placeholder in {@link #words}. */
    static final String PLACEHOLDER = "{}";

    private final String pattern;
    private final List<String> words;
    private final Phrase meaning;

    private PhrasePattern(String pattern, List<String> words, Phrase meaning) {
        this.pattern = pattern;
        this.words = List.copyOf(words);
        this.meaning = meaning;
    }

    /**
     * @throws IllegalArgumentException for an empty pattern, a first word that is a keyword or a
     *                                  placeholder, or a word the language cannot read as one word
     */
    static PhrasePattern of(String pattern, Phrase meaning) {
        if (pattern == null || pattern.isBlank()) {
            throw new IllegalArgumentException("phrase pattern must have words, was '" + pattern + "'");
        }
        List<String> words = new ArrayList<>();
        for (String word : pattern.strip().split("\\s+")) {
            if (word.equals(PLACEHOLDER)) {
                words.add(PLACEHOLDER);
                continue;
            }
            ConditionLexer lexer = new ConditionLexer(CharStreams.fromString(word));
            lexer.removeErrorListeners();
            List<? extends Token> tokens = lexer.getAllTokens();
            if (tokens.size() != 1 || forbidden(tokens.get(0).getType())) {
                throw new IllegalArgumentException("phrase pattern '" + pattern + "': '" + word
                        + "' is not a word the language can read; use letters, digits and '-', or '{}' for a quoted value");
            }
            if (words.isEmpty() && tokens.get(0).getType() != ConditionLexer.WORD) {
                throw new IllegalArgumentException("phrase pattern '" + pattern + "' must start with a word that is "
                        + "not a keyword of the language; '" + word + "' is one");
            }
            words.add(word.toLowerCase(Locale.ROOT));
        }
        if (words.get(0).equals(PLACEHOLDER)) {
            throw new IllegalArgumentException("phrase pattern '" + pattern + "' must start with a word, not '{}'");
        }
        return new PhrasePattern(pattern.strip(), words, meaning);
    }

    private static boolean forbidden(int type) {
        return switch (type) {
            case ConditionLexer.AND, ConditionLexer.OR, ConditionLexer.NOT, ConditionLexer.AMP, ConditionLexer.PIPE,
                    ConditionLexer.TILDE, ConditionLexer.LPAREN, ConditionLexer.RPAREN, ConditionLexer.STRING,
                    ConditionLexer.UNTERMINATED, ConditionLexer.UNKNOWN, ConditionLexer.CRON -> true;
            default -> false;
        };
    }

    /** The pattern as registered. */
    String pattern() {
        return pattern;
    }

    /** The predicate. */
    Phrase meaning() {
        return meaning;
    }

    /** The words, lower-case, with {@link #PLACEHOLDER} for each value. */
    List<String> words() {
        return words;
    }

    /** Whether the two patterns would match the same text. */
    boolean sameShape(PhrasePattern other) {
        return words.equals(other.words);
    }
}
