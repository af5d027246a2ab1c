package dev.kairos.condition;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * A context seen at another instant, optionally with some histories replaced; everything else is
 * the base's.
 */
final class ContextView implements EvaluationContext {
    private final EvaluationContext base;
    private final Instant now;
    private final String replacedTask;
    private final UnaryOperator<TaskHistory> replacement;

    /** {@code base} at {@code now}. */
    ContextView(EvaluationContext base, Instant now) {
        this(base, now, null, null);
    }

    /** {@code base} at {@code now}, with the history of {@code task} passed through {@code replacement}. */
    ContextView(EvaluationContext base, Instant now, String task, UnaryOperator<TaskHistory> replacement) {
        this.base = base instanceof ContextView v ? v.base : base;
        this.now = Objects.requireNonNull(now, "now");
        this.replacedTask = task;
        this.replacement = replacement;
    }

    @Override
    public Instant now() {
        return now;
    }

    @Override
    public ZoneId zone() {
        return base.zone();
    }

    @Override
    public String taskName() {
        return base.taskName();
    }

    @Override
    public TaskHistory history(String task) {
        TaskHistory history = base.history(task);
        return replacement != null && task != null && task.equals(replacedTask) ? replacement.apply(history) : history;
    }

    @Override
    public Object parameter(String name) {
        return base.parameter(name);
    }

    @Override
    public Instant schedulerStarted() {
        return base.schedulerStarted();
    }

    @Override
    public long cycles() {
        return base.cycles();
    }

    @Override
    public Duration recheckInterval() {
        return base.recheckInterval();
    }
}
