package dev.kairos.condition;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A condition: an immutable value, safe to share between threads and to evaluate any number of
 * times. Parse one with {@link #parse(String)} (or a {@link ConditionParser} that knows your own
 * phrases), or build one in Java with {@link Conditions}, and evaluate it against an
 * {@link EvaluationContext}. Two conditions are equal when they have the same form and the same
 * values, however they were written ({@code daily after 8am} equals {@code daily after 08:00}).
 *
 * <p>Evaluation never scans history: it asks the context's {@link TaskHistory} a fixed number of
 * questions, so its cost does not depend on how long the task log is.
 */
public interface Condition {

    /** What {@link #nextChange} answers when only a task event (not the clock) can change the value. */
    Instant NEVER = Instant.MAX;

    /**
     * Parses a condition with the built-in vocabulary only.
     *
     * @throws ConditionSyntaxException naming the line, column, what was found and what is accepted
     */
    static Condition parse(String text) {
        return ConditionParser.standard().parse(text);
    }

    /** Whether the condition holds in this context. */
    boolean test(EvaluationContext context);

    /**
     * The earliest instant after {@code context.now()} at which the value may differ from its value
     * now, assuming no task event happens (no run starts or finishes, no parameter changes). Never
     * later than the truth, possibly earlier (a caller re-evaluates then and asks again), always
     * strictly after now. {@link #NEVER} when only an event can change it. Conditions whose change
     * cannot be predicted (user phrases) answer {@code now + context.recheckInterval()}.
     */
    Instant nextChange(EvaluationContext context);

    /** The evaluated tree: each part, its value and why, and when it next changes. */
    Explanation explain(EvaluationContext context);

    /**
     * The next instants, from {@code context.now()} on, at which the condition holds for the
     * evaluating task, assuming that the task starts and succeeds at each of them and that no other
     * task runs. At most {@code count} instants, searched at most ten years ahead; fewer when the
     * condition can then only change through another task's events.
     */
    default List<Instant> nextTrue(EvaluationContext context, int count) {
        return Forecast.nextTrue(this, context, count);
    }

    /** The names of the tasks the condition mentions, for checking them against a session. */
    Set<String> taskNames();

    /** What {@link #parameterNames} holds for a condition that may read any parameter (a user phrase). */
    String ANY_PARAMETER = "*";

    /**
     * The session parameters the condition reads ({@code param 'k' …}, {@code env 'x'} reads {@code env}),
     * so that a session re-evaluates it only when one of them changes; {@link #ANY_PARAMETER} when it
     * cannot tell (a user phrase may read any).
     */
    default Set<String> parameterNames() {
        return Set.of();
    }

    /**
     * {@code this & other}: both hold. Parts of the same kind are opened up, so {@code a.and(b).and(c)}
     * is {@code a & b & c}.
     *
     * @throws IllegalArgumentException if either is not a condition of Kairos (parsed or built with
     *                                  {@link Conditions}) but an implementation of your own
     */
    default Condition and(Condition other) {
        return Junction.of(true, java.util.List.of(this, java.util.Objects.requireNonNull(other, "other")));
    }

    /**
     * {@code this | other}: one at least holds.
     *
     * @throws IllegalArgumentException as {@link #and}
     */
    default Condition or(Condition other) {
        return Junction.of(false, java.util.List.of(this, java.util.Objects.requireNonNull(other, "other")));
    }

    /**
     * The condition's text: for a parsed condition, the text it was parsed from, normalised (single
     * spaces, lower-case keywords); for one built with {@link Conditions} or combined with
     * {@link #and} and {@link #or}, its canonical text. Either way it parses back (with a parser that
     * knows the same phrases) to an equal condition.
     */
    @Override
    String toString();
}
