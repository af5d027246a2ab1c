package dev.kairos.condition;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The base of every condition in the model: an immutable value. Two conditions are equal when they
 * are of the same form with the same values, which their canonical texts say; a condition shows the
 * text it was parsed from (normalised), or its canonical text when it was built in Java.
 */
abstract class Node implements Condition {
    private final String text;
    /** Worked out when first asked (equality, hashing, a built condition's text); a benign race. */
    private String canonical;

    /** {@code text}: the normalised text it was parsed from, or {@code null} to show the canonical text. */
    protected Node(String text) {
        this.text = text;
    }

    /** Why the value is what it is, in one sentence; times in the context's zone. */
    protected abstract String reason(EvaluationContext context, boolean value);

    /** The canonical text of the values, written from them; it parses back to an equal condition. */
    protected abstract String write();

    /** The canonical text: one text per value, which parses back to an equal condition. */
    final String canonical() {
        String c = canonical;
        if (c == null) {
            c = write();
            canonical = c;
        }
        return c;
    }

    @Override
    public Explanation explain(EvaluationContext context) {
        boolean value = test(context);
        return new Explanation(toString(), value, reason(context, value), shown(nextChange(context)), List.of());
    }

    @Override
    public Set<String> taskNames() {
        return Set.of();
    }

    @Override
    public final String toString() {
        return text != null ? text : canonical();
    }

    @Override
    public final boolean equals(Object other) {
        return other instanceof Node n && n.getClass() == getClass() && n.canonical().equals(canonical());
    }

    @Override
    public final int hashCode() {
        return canonical().hashCode();
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
