package dev.kairos.condition;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/** A context seen at another instant. */
final class ShiftedContext implements EvaluationContext {
    private final EvaluationContext base;
    private final Instant now;

    ShiftedContext(EvaluationContext base, Instant now) {
        this.base = base instanceof ShiftedContext s ? s.base : base;
        this.now = Objects.requireNonNull(now, "now");
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
        return base.history(task);
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
