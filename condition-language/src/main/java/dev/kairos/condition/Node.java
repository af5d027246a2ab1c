package dev.kairos.condition;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** The base of every condition in the model: an immutable value with its normalised text. */
abstract class Node implements Condition {
    private final String text;

    protected Node(String text) {
        this.text = text;
    }

    /** Why the value is what it is, in one sentence; times in the context's zone. */
    protected abstract String reason(EvaluationContext context, boolean value);

    @Override
    public Explanation explain(EvaluationContext context) {
        boolean value = test(context);
        return new Explanation(text, value, reason(context, value), shown(nextChange(context)), List.of());
    }

    @Override
    public Set<String> taskNames() {
        return Set.of();
    }

    @Override
    public final String toString() {
        return text;
    }

    @Override
    public final boolean equals(Object other) {
        return other instanceof Node n && n.getClass() == getClass() && n.text.equals(text);
    }

    @Override
    public final int hashCode() {
        return text.hashCode();
    }

    /** The history of the evaluating task; empty when there is none. */
    static TaskHistory own(EvaluationContext context) {
        String task = context.taskName();
        return task == null ? TaskHistory.empty() : context.history(task);
    }

    /** {@code null} for {@link Condition#NEVER}, for explanations. */
    static Instant shown(Instant nextChange) {
        return NEVER.equals(nextChange) ? null : nextChange;
    }
}
