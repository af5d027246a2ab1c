package dev.kairos.condition;

import dev.kairos.condition.internal.grammar.ConditionGrammar;
import dev.kairos.condition.internal.syntax.Parsing;
import dev.kairos.condition.internal.syntax.SyntaxError;
import java.util.List;
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
            return new ModelBuilder(text, tokens, phrases).visit(tree.orExpr());
        } catch (SyntaxError e) {
            throw exception(text, e);
        }
    }

    private static ConditionSyntaxException exception(String text, SyntaxError e) {
        return new ConditionSyntaxException(text, e.line(), e.column(), e.length(), e.found(), e.expected(),
                e.suggestion());
    }
}
