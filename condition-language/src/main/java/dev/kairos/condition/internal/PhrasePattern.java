package dev.kairos.condition.internal;

import dev.kairos.condition.Phrase;

/** A registered phrase: its words and placeholders, and its meaning. Not API. */
public final class PhrasePattern {
    private final String pattern;
    private final Phrase meaning;

    private PhrasePattern(String pattern, Phrase meaning) {
        this.pattern = pattern;
        this.meaning = meaning;
    }

    public static PhrasePattern of(String pattern, Phrase meaning) {
        return new PhrasePattern(pattern, meaning);
    }

    public String pattern() {
        return pattern;
    }

    public Phrase meaning() {
        return meaning;
    }

    public boolean sameShape(PhrasePattern other) {
        return pattern.equalsIgnoreCase(other.pattern);
    }
}
