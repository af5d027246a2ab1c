package dev.kairos.condition.internal.syntax;

import dev.kairos.condition.internal.grammar.ConditionLexer;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;

/** The text of a part of a condition as its {@code toString()} shows it. */
public final class NormalText {
    private NormalText() {
    }

    /** The normalised text of a part: its tokens, keywords in lower case, single spaces. */
    public static String of(TokenStream tokens, ParserRuleContext ctx) {
        StringBuilder out = new StringBuilder();
        Token previous = null;
        for (int i = ctx.getStart().getTokenIndex(); i <= ctx.getStop().getTokenIndex(); i++) {
            Token t = tokens.get(i);
            if (t.getType() == Token.EOF) {
                continue;
            }
            boolean glued = previous != null && (previous.getType() == ConditionLexer.LPAREN
                    || previous.getType() == ConditionLexer.TILDE || t.getType() == ConditionLexer.RPAREN
                    || t.getType() == ConditionLexer.COMMA
                    || (previous.getType() == ConditionLexer.NUMBER
                            && (t.getType() == ConditionLexer.AM || t.getType() == ConditionLexer.PM)));
            if (previous != null && !glued) {
                out.append(' ');
            }
            out.append(keyword(t) ? t.getText().toLowerCase(java.util.Locale.ROOT) : t.getText());
            previous = t;
        }
        return out.toString();
    }

    private static boolean keyword(Token t) {
        return ConditionLexer.VOCABULARY.getLiteralName(t.getType()) != null
                || (t.getType() >= ConditionLexer.MILLIS && t.getType() <= ConditionLexer.SUNDAY);
    }
}
