package dev.kairos.condition;

import dev.kairos.condition.internal.grammar.ConditionLexer;
import dev.kairos.condition.internal.syntax.SyntaxErrors;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.antlr.v4.runtime.Token;

/** Matches the words of a phrase against the registered patterns; reports the first word that fits none. */
final class PhraseMatcher {
    private PhraseMatcher() {
    }

    static Node match(String input, String text, List<Token> tokens, List<PhrasePattern> phrases) {
        for (PhrasePattern p : phrases) {
            List<String> values = values(tokens, p.words());
            if (values != null) {
                return new PhraseCondition(text, p, values);
            }
        }
        // The longest prefix that some pattern shares tells where the text went wrong.
        int bestDepth = 0;
        for (PhrasePattern p : phrases) {
            bestDepth = Math.max(bestDepth, agreed(tokens, p.words()));
        }
        Set<String> expected = new LinkedHashSet<>();
        for (PhrasePattern p : phrases) {
            if (agreed(tokens, p.words()) == bestDepth && bestDepth > 0) {
                expected.add(p.words().size() > bestDepth ? describe(p.words().get(bestDepth)) : "end of the phrase");
            }
        }
        if (bestDepth == 0) {
            List<String> starters = new ArrayList<>(SyntaxErrors.conditionStarters());
            for (PhrasePattern p : phrases) {
                starters.add(p.words().get(0));
            }
            Token first = tokens.get(0);
            String expectation = phrases.isEmpty() ? SyntaxErrors.A_CONDITION
                    : SyntaxErrors.A_CONDITION + ", or a registered phrase (" + String.join(", ", phrases.stream()
                            .map(PhrasePattern::pattern).map(x -> "'" + x + "'").toList()) + ")";
            return fail(input, first, expectation, DidYouMean.suggest(first.getText(), starters).orElse(null));
        }
        Token culprit = bestDepth < tokens.size() ? tokens.get(bestDepth) : tokens.get(tokens.size() - 1);
        List<String> literal = expected.stream().filter(e -> !e.startsWith("a quoted") && !e.startsWith("end"))
                .map(e -> e.substring(1, e.length() - 1)).toList();
        String suggestion = bestDepth < tokens.size()
                ? DidYouMean.suggest(culprit.getText(), literal).orElse(null) : null;
        String expectation = expected.size() == 1 ? expected.iterator().next() : "one of " + String.join(", ", expected);
        return fail(input, culprit, expectation, suggestion);
    }

    private static Node fail(String input, Token culprit, String expected, String suggestion) {
        throw new ConditionSyntaxException(input, culprit.getLine(),
                culprit.getCharPositionInLine() + 1, culprit.getStopIndex() - culprit.getStartIndex() + 1,
                SyntaxErrors.describe(culprit), expected, suggestion);
    }

    private static String describe(String word) {
        return word.equals(PhrasePattern.PLACEHOLDER) ? "a quoted value such as '/data/in.csv'" : "'" + word + "'";
    }

    /** The quoted values if the tokens match the words, else null. */
    private static List<String> values(List<Token> tokens, List<String> words) {
        if (tokens.size() != words.size() || agreed(tokens, words) != words.size()) {
            return null;
        }
        List<String> values = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).equals(PhrasePattern.PLACEHOLDER)) {
                values.add(ModelBuilder.unquote(tokens.get(i).getText()));
            }
        }
        return values;
    }

    /** How many leading tokens fit the words. */
    private static int agreed(List<Token> tokens, List<String> words) {
        int n = 0;
        while (n < tokens.size() && n < words.size() && fits(tokens.get(n), words.get(n))) {
            n++;
        }
        return n;
    }

    private static boolean fits(Token token, String word) {
        if (word.equals(PhrasePattern.PLACEHOLDER)) {
            return token.getType() == ConditionLexer.STRING;
        }
        return token.getText().toLowerCase(Locale.ROOT).equals(word);
    }
}
