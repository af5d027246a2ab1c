package dev.kairos.condition;

import dev.kairos.condition.internal.syntax.Limits;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads conditions. {@link #standard()} knows the built-in vocabulary; a parser made with
 * {@link #builder()} also knows phrases that you register, such as {@code file {} exists}.
 * Immutable and thread-safe.
 *
 * <p>Whatever the text, parsing ends in a condition or a {@link ConditionSyntaxException}, in time
 * and stack bounded by two limits: a condition has at most {@value #MAX_LENGTH} characters, and at
 * most {@value #MAX_DEPTH} levels of {@code (} and {@code ~} / {@code not} open at once
 * ({@code ~(a & ~(b | c))} opens four). A text past either is refused at the character or token
 * that crosses it.
 */
public final class ConditionParser {
    /** The most characters a condition may have. */
    public static final int MAX_LENGTH = Limits.MAX_LENGTH;
    /** The most levels of {@code (} and {@code ~} / {@code not} a condition may have open at once. */
    public static final int MAX_DEPTH = Limits.MAX_DEPTH;

    private static final ConditionParser STANDARD = new ConditionParser(List.of());

    private final List<PhrasePattern> phrases;

    private ConditionParser(List<PhrasePattern> phrases) {
        this.phrases = List.copyOf(phrases);
    }

    /** The parser of the built-in vocabulary. */
    public static ConditionParser standard() {
        return STANDARD;
    }

    /** A builder for a parser that also knows your phrases. */
    public static Builder builder() {
        return new Builder(List.of());
    }

    /** A builder that starts with this parser's phrases. */
    public Builder toBuilder() {
        return new Builder(phrases);
    }

    /**
     * Parses a condition.
     *
     * @throws ConditionSyntaxException naming the line, column, what was found and what is accepted
     */
    public Condition parse(String text) {
        Objects.requireNonNull(text, "text");
        return Compiler.compile(text, phrases);
    }

    /** The registered phrase patterns, e.g. {@code file {} exists}. */
    public List<String> phrases() {
        return phrases.stream().map(PhrasePattern::pattern).toList();
    }

    /** Collects phrases; rejects a malformed or duplicate pattern the moment it is added. */
    public static final class Builder {
        private final List<PhrasePattern> phrases;

        private Builder(List<PhrasePattern> initial) {
            this.phrases = new ArrayList<>(initial);
        }

        /**
         * Registers a phrase. The pattern is words and {@code {}} placeholders, each placeholder
         * standing for one quoted value: {@code "file {} exists"} matches {@code file '/tmp/x' exists}.
         * The first word must not be a keyword of the language; words match without regard to case.
         *
         * @throws IllegalArgumentException for an empty or malformed pattern, a keyword first word,
         *                                  or a pattern registered already
         */
        public Builder phrase(String pattern, Phrase meaning) {
            Objects.requireNonNull(meaning, "meaning");
            PhrasePattern p = PhrasePattern.of(pattern, meaning);
            for (PhrasePattern other : phrases) {
                if (other.sameShape(p)) {
                    throw new IllegalArgumentException("phrase '" + pattern + "' is registered already as '"
                            + other.pattern() + "'");
                }
            }
            phrases.add(p);
            return this;
        }

        /** The parser. */
        public ConditionParser build() {
            return new ConditionParser(phrases);
        }
    }
}
