package dev.kairos.condition;

import java.time.Duration;
import java.time.Instant;

/** {@code every D}: the task has not started in the last D (a start exactly D ago no longer counts). */
final class Every extends Node {
    private final Duration period;

    Every(String text, Duration period) {
        super(text);
        this.period = period;
    }

    @Override
    public boolean test(EvaluationContext context) {
        Instant last = own(context).latest(Action.RUN);
        return last == null || !last.plus(period).isAfter(context.now());
    }

    @Override
    public Instant nextChange(EvaluationContext context) {
        Instant last = own(context).latest(Action.RUN);
        if (last == null) {
            return NEVER;
        }
        Instant due = last.plus(period);
        return due.isAfter(context.now()) ? due : NEVER;
    }

    @Override
    protected String write() {
        return "every " + Texts.duration(period);
    }

    @Override
    protected String reason(EvaluationContext context, boolean value) {
        Instant last = own(context).latest(Action.RUN);
        if (last == null) {
            return "the task has never started";
        }
        String when = "the task last started " + Texts.time(last, context.zone());
        return value ? when + ", " + Texts.duration(period) + " or more ago"
                : when + ", less than " + Texts.duration(period) + " ago";
    }
}
