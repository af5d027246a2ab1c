package dev.kairos.condition;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/** {@code [while] task 'x' is running [for more than D]}. */
final class Running extends Node implements Conditions.IsRunning {
    private final String task;
    private final Duration moreThan;

    Running(String text, String task, Duration moreThan) {
        super(text);
        this.task = task;
        this.moreThan = moreThan;
    }

    @Override
    public boolean test(EvaluationContext context) {
        TaskHistory history = context.history(task);
        if (moreThan == null) {
            return history.liveRuns() > 0;
        }
        Instant oldest = history.oldestLiveStart();
        return oldest != null && oldest.plus(moreThan).isBefore(context.now());
    }

    @Override
    public Instant nextChange(EvaluationContext context) {
        if (moreThan == null) {
            return NEVER;
        }
        Instant oldest = context.history(task).oldestLiveStart();
        if (oldest == null) {
            return NEVER;
        }
        Instant turns = oldest.plus(moreThan).plusNanos(1);
        return turns.isAfter(context.now()) ? turns : NEVER;
    }

    @Override
    public Condition forMoreThan(Duration span) {
        return Compiler.builtWithDuration("task " + Texts.quote(task) + " is running for more than ", span, "");
    }

    @Override
    protected String write() {
        String running = "task " + Texts.quote(task) + " is running";
        return moreThan == null ? running : running + " for more than " + Texts.duration(moreThan);
    }

    @Override
    protected String reason(EvaluationContext context, boolean value) {
        TaskHistory history = context.history(task);
        if (history.liveRuns() == 0) {
            return "task " + Texts.quote(task) + " has no run going";
        }
        String going = "task " + Texts.quote(task) + " has a run going since "
                + Texts.time(history.oldestLiveStart(), context.zone());
        if (moreThan == null) {
            return going;
        }
        return going + (value ? ", more than " : ", not more than ") + Texts.duration(moreThan);
    }

    @Override
    public Set<String> taskNames() {
        return Set.of(task);
    }
}
