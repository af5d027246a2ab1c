package dev.kairos.condition.internal;

import dev.kairos.condition.Condition;
import java.time.Duration;
import java.util.List;

/** Entry point of the parser: text to condition model. Not API. */
public final class Compiler {
    private Compiler() {
    }

    /** Parses a condition with these registered phrases. */
    public static Condition compile(String text, List<PhrasePattern> phrases) {
        throw new UnsupportedOperationException("in progress");
    }

    /** Parses a duration. */
    public static Duration duration(String text) {
        throw new UnsupportedOperationException("in progress");
    }
}
