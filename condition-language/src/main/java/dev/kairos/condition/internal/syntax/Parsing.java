package dev.kairos.condition.internal.syntax;

import dev.kairos.condition.internal.grammar.ConditionGrammar;
import dev.kairos.condition.internal.grammar.ConditionLexer;
import java.time.Duration;
import java.util.function.Function;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.InputMismatchException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * Text to parse tree. Parses in the fast SLL mode first and, only if that fails, again in full LL
 * mode with error reporting, so a valid text pays for no error machinery. Every failure is a
 * {@link SyntaxError}. Not API.
 */
public final class Parsing {
    private Parsing() {
    }

    /**
     * The tokens of a text; unknown characters become tokens that the parser rejects.
     *
     * @throws SyntaxError for a text longer or deeper than {@link Limits} allow
     */
    public static CommonTokenStream tokens(String text) {
        Limits.length(text);
        ConditionLexer lexer = new ConditionLexer(CharStreams.fromString(text));
        lexer.removeErrorListeners();
        CommonTokenStream tokens = new CommonTokenStream(lexer);
        tokens.fill();
        Limits.depth(tokens.getTokens());
        return tokens;
    }

    /**
     * The tree of one grammar rule over these tokens.
     *
     * @throws SyntaxError at the first token the rule cannot take
     */
    public static <T> T parse(CommonTokenStream tokens, Function<ConditionGrammar, T> rule) {
        ConditionGrammar parser = new ConditionGrammar(tokens);
        parser.removeErrorListeners();
        parser.setErrorHandler(new BailErrorStrategy());
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        try {
            return rule.apply(parser);
        } catch (ParseCancellationException e) {
            tokens.seek(0);
            parser.reset();
            parser.setErrorHandler(new Reporting());
            parser.getInterpreter().setPredictionMode(PredictionMode.LL);
            return rule.apply(parser);
        }
    }

    /**
     * A positive duration, written as in conditions.
     *
     * @throws SyntaxError naming the position and the accepted forms
     */
    public static Duration duration(String text) {
        CommonTokenStream tokens = tokens(text);
        ConditionGrammar.DurationOnlyContext tree = parse(tokens, ConditionGrammar::durationOnly);
        return new TimeReader(text).duration(tree.duration());
    }

    /**
     * Reports the first error with what was expected there, and stops. It keeps the default
     * strategy's memory of the last optional part that was skipped, so that after {@code weekly}
     * a misspelled {@code betwen} is met with the window words too, not only with the operators.
     */
    private static final class Reporting extends DefaultErrorStrategy {

        @Override
        public void reportError(Parser parser, RecognitionException e) {
            Token offending = e.getOffendingToken() != null ? e.getOffendingToken() : parser.getCurrentToken();
            IntervalSet expected = e.getExpectedTokens();
            if (expected == null || expected.isNil()) {
                expected = parser.getExpectedTokens();
            }
            throw SyntaxErrors.at(parser, offending, expected);
        }

        @Override
        public void recover(Parser parser, RecognitionException e) {
            reportError(parser, e);
        }

        @Override
        public Token recoverInline(Parser parser) {
            IntervalSet expected = new IntervalSet(parser.getExpectedTokens());
            if (nextTokensContext != null) {
                expected.addAll(new InputMismatchException(parser, nextTokensState, nextTokensContext).getExpectedTokens());
            }
            throw SyntaxErrors.at(parser, parser.getCurrentToken(), expected);
        }

        @Override
        protected Token singleTokenDeletion(Parser parser) {
            return null;
        }

        @Override
        protected boolean singleTokenInsertion(Parser parser) {
            return false;
        }

        @Override
        protected void reportUnwantedToken(Parser parser) {
            throw SyntaxErrors.at(parser, parser.getCurrentToken(), parser.getExpectedTokens());
        }
    }
}
