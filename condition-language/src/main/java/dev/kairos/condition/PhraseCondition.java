package dev.kairos.condition;

import java.time.Instant;
import java.util.List;

/** A user-registered phrase with its quoted values. Its change cannot be predicted: re-checked. */
final class PhraseCondition extends Node {
    private final PhrasePattern pattern;
    private final List<String> values;

    PhraseCondition(String text, PhrasePattern pattern, List<String> values) {
        super(text);
        this.pattern = pattern;
        this.values = List.copyOf(values);
    }

    @Override
    public boolean test(EvaluationContext context) {
        try {
            return pattern.meaning().test(values, context);
        } catch (Exception e) {
            throw new ConditionEvaluationException(toString(), e);
        }
    }

    @Override
    public java.util.Set<String> parameterNames() {
        return java.util.Set.of(ANY_PARAMETER);
    }

    @Override
    public Instant nextChange(EvaluationContext context) {
        return context.now().plus(context.recheckInterval());
    }

    @Override
    protected String write() {
        StringBuilder out = new StringBuilder();
        int value = 0;
        for (String word : pattern.words()) {
            out.append(out.length() == 0 ? "" : " ")
                    .append(word.equals(PhrasePattern.PLACEHOLDER) ? Texts.quote(values.get(value++)) : word);
        }
        return out.toString();
    }

    @Override
    protected String reason(EvaluationContext context, boolean value) {
        return "registered phrase '" + pattern.pattern() + "'; re-checked every "
                + Texts.duration(context.recheckInterval());
    }
}
