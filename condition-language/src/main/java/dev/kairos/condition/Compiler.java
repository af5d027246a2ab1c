package dev.kairos.condition;

import dev.kairos.condition.internal.grammar.ConditionGrammar;
import dev.kairos.condition.internal.syntax.DurationText;
import dev.kairos.condition.internal.syntax.Parsing;
import dev.kairos.condition.internal.syntax.SyntaxError;
import dev.kairos.condition.internal.syntax.TimeReader;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.antlr.v4.runtime.CommonTokenStream;

/** Text to condition model: the parse tree, then the nodes, every failure as a {@link ConditionSyntaxException}. */
final class Compiler {
    private Compiler() {
    }

    /** Parses a condition with these registered phrases. */
    static Condition compile(String text, List<PhrasePattern> phrases) {
        try {
            CommonTokenStream tokens = Parsing.tokens(text);
            ConditionGrammar.ConditionContext tree = Parsing.parse(tokens, ConditionGrammar::condition);
            return new ModelBuilder(text, tokens, phrases, true).visit(tree.orExpr());
        } catch (SyntaxError e) {
            throw exception(text, e);
        }
    }

    /**
     * The one form that {@code text} is, for the typed API: read as the parser reads it, failing as it
     * fails; the condition shows its canonical text.
     */
    static Node built(String text) {
        try {
            CommonTokenStream tokens = Parsing.tokens(text);
            ConditionGrammar.AtomOnlyContext tree = Parsing.parse(tokens, ConditionGrammar::atomOnly);
            return new ModelBuilder(text, tokens, List.of(), false).visit(tree.atom());
        } catch (SyntaxError e) {
            throw exception(text, e);
        }
    }

    /** {@code prefix D suffix}; a negative duration fails as a zero one does. */
    static Node builtWithDuration(String prefix, Duration d, String suffix) {
        Objects.requireNonNull(d, "duration");
        if (d.isNegative()) {
            throw value(prefix, "-" + DurationText.format(d.negated()), suffix, TimeReader.POSITIVE_DURATION);
        }
        return built(prefix + DurationText.format(d) + suffix);
    }

    /** {@code prefix N suffix}; a negative number fails as a number below the form's least does. */
    static Node builtWithCount(String prefix, int n, String suffix) {
        if (n < 0) {
            throw value(prefix, Integer.toString(n), suffix,
                    prefix.startsWith("retry") ? ModelBuilder.RETRIES : ModelBuilder.CYCLES);
        }
        return built(prefix + n + suffix);
    }

    private static ConditionSyntaxException value(String prefix, String value, String suffix, String expected) {
        return new ConditionSyntaxException(prefix + value + suffix, 1, prefix.length() + 1, value.length(),
                "'" + value + "'", expected, null);
    }

    private static ConditionSyntaxException exception(String text, SyntaxError e) {
        return new ConditionSyntaxException(text, e.line(), e.column(), e.length(), e.found(), e.expected(),
                e.suggestion());
    }
}
