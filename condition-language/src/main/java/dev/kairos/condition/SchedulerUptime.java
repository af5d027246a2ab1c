package dev.kairos.condition;

import java.time.Duration;
import java.time.Instant;

/**
 * {@code scheduler has run over D} (started more than D ago) and its complement
 * {@code scheduler started D ago} (started at most D ago). Both are false before the start.
 */
final class SchedulerUptime extends Node {
    private final Duration span;
    private final boolean over;

    SchedulerUptime(String text, Duration span, boolean over) {
        super(text);
        this.span = span;
        this.over = over;
    }

    @Override
    public boolean test(EvaluationContext context) {
        Instant started = context.schedulerStarted();
        if (started == null) {
            return false;
        }
        return started.plus(span).isBefore(context.now()) == over;
    }

    @Override
    public Instant nextChange(EvaluationContext context) {
        Instant started = context.schedulerStarted();
        if (started == null) {
            return NEVER;
        }
        Instant flips = started.plus(span).plusNanos(1);
        return flips.isAfter(context.now()) ? flips : NEVER;
    }

    @Override
    protected String write() {
        return over ? "scheduler has run over " + Texts.duration(span) : "scheduler started " + Texts.duration(span) + " ago";
    }

    @Override
    protected String reason(EvaluationContext context, boolean value) {
        Instant started = context.schedulerStarted();
        if (started == null) {
            return "the scheduler has not started";
        }
        return "the scheduler started " + Texts.time(started, context.zone()) + ", "
                + Texts.duration(Duration.between(started, context.now()).abs()) + " ago";
    }
}
