package dev.kairos.condition;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * Everything a condition may look at when it is evaluated: the instant, the zone, the task being
 * evaluated, the history of any task, the session parameters and the scheduler's state. A
 * condition sees the world only through this interface.
 *
 * <p>The session implements it over its status cache; {@link #builder()} makes an immutable one
 * for tests and tools. Implementations must be cheap to call: conditions call these methods on
 * every evaluation.
 */
public interface EvaluationContext {

    /** The instant of the evaluation. */
    Instant now();

    /** The zone in which periods ({@code daily}, {@code time of day …}) are wall-clock periods. */
    ZoneId zone();

    /**
     * The name of the task whose condition is evaluated, or {@code null} when there is none (a
     * shutdown condition). Forms without a task name ({@code daily}, {@code has succeeded today},
     * {@code retry}) are about this task; with no task they see an empty history.
     */
    String taskName();

    /** The history of a task; never {@code null} (a task that never ran has an empty history). */
    TaskHistory history(String task);

    /** The session parameter of that name, or {@code null} if there is none. */
    Object parameter(String name);

    /** When the scheduler started, or {@code null} if it has not. */
    Instant schedulerStarted();

    /** How many loop passes the scheduler has made. */
    long cycles();

    /**
     * How soon a condition whose next change cannot be known (a user-registered phrase) should be
     * checked again. {@link Condition#nextChange} answers {@code now + recheckInterval()} for them.
     */
    default Duration recheckInterval() {
        return Duration.ofSeconds(1);
    }

    /** This context at another instant; everything else unchanged. */
    default EvaluationContext at(Instant instant) {
        return new ContextView(this, instant);
    }

    /** A builder of immutable contexts, for tests and tools. */
    static EvaluationContextBuilder builder() {
        return new EvaluationContextBuilder();
    }
}
