package dev.kairos.condition;

import java.time.Instant;

/** {@code true}, {@code false}, {@code always true}, {@code always false}. */
final class Constant extends Node {
    private final boolean value;

    Constant(String text, boolean value) {
        super(text);
        this.value = value;
    }

    @Override
    public boolean test(EvaluationContext context) {
        return value;
    }

    @Override
    public Instant nextChange(EvaluationContext context) {
        return NEVER;
    }

    @Override
    protected String write() {
        return value ? "true" : "false";
    }

    @Override
    protected String reason(EvaluationContext context, boolean value) {
        return "a constant";
    }
}
