package dev.kairos.condition;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** {@code ~c}, {@code not c}. */
final class Not extends Node {
    private final Node operand;

    Not(String text, Node operand) {
        super(text);
        this.operand = operand;
    }

    @Override
    public boolean test(EvaluationContext context) {
        return !operand.test(context);
    }

    @Override
    public Instant nextChange(EvaluationContext context) {
        return operand.nextChange(context);
    }

    @Override
    public Explanation explain(EvaluationContext context) {
        Explanation inner = operand.explain(context);
        return new Explanation(toString(), !inner.value(), "the opposite of its part", inner.nextChange(),
                List.of(inner));
    }

    @Override
    protected String write() {
        return "~" + (operand instanceof Junction ? "(" + operand.canonical() + ")" : operand.canonical());
    }

    @Override
    protected String reason(EvaluationContext context, boolean value) {
        return "the opposite of its part";
    }

    @Override
    public Set<String> taskNames() {
        return operand.taskNames();
    }

    @Override
    public Set<String> parameterNames() {
        return operand.parameterNames();
    }
}
