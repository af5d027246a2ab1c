package dev.kairos.internal.loop;

import dev.kairos.condition.Action;
import dev.kairos.condition.Explanation;
import dev.kairos.condition.TaskHistory;
import dev.kairos.view.RunView;
import dev.kairos.view.TaskView;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Builds the views of the loop's tasks, on the session thread. */
final class Views {
    private static final List<Action> OUTCOMES = List.of(Action.SUCCESS, Action.FAIL, Action.TERMINATE,
            Action.INACTION, Action.CRASH);

    private final TaskIndex tasks;
    private final Lanes lanes;
    private final Evaluator evaluator;
    private final Clock clock;

    Views(TaskIndex tasks, Lanes lanes, Evaluator evaluator, Clock clock) {
        this.tasks = tasks;
        this.lanes = lanes;
        this.evaluator = evaluator;
        this.clock = clock;
    }

    /** A task of a session that has not started: its definition, nothing else known yet. */
    static TaskView unstarted(TaskState t) {
        return new TaskView(t.definition, t.execution, t.disabled ? TaskView.State.DISABLED : TaskView.State.IDLE,
                List.of(), null, null, 0, null, null);
    }

    List<TaskView> tasks() {
        Instant now = clock.instant();
        return tasks.active().stream().sorted(Comparator.comparing(t -> t.name)).map(t -> view(t, now)).toList();
    }

    Optional<TaskView> task(String name) {
        TaskState t = tasks.get(name);
        return t == null ? Optional.empty() : Optional.of(view(t, clock.instant()));
    }

    Optional<Explanation> explain(String name) {
        TaskState t = tasks.get(name);
        if (t == null || t.start == null) {
            return Optional.empty();
        }
        return Optional.of(t.start.explain(evaluator.context(t.name, clock.instant())));
    }

    List<Instant> nextStarts(String name, int count) {
        TaskState t = tasks.get(name);
        if (t == null || t.start == null) {
            return List.of();
        }
        return t.start.nextTrue(evaluator.context(t.name, clock.instant()), count);
    }

    /**
     * The next start, from the task's forecast while it holds: until the task is touched or looked
     * at again, the first instant at which its condition holds stays the same while the clock has
     * not reached it (a condition without a predictable change is looked at every recheck).
     */
    private Instant forecast(TaskState t, Instant now) {
        if (t.start == null) {
            return null;
        }
        if (t.forecastFrom != null && !now.isBefore(t.forecastFrom)
                && (t.forecast == null || now.isBefore(t.forecast))) {
            return t.forecast;
        }
        Instant next;
        try {
            List<Instant> n = t.start.nextTrue(evaluator.context(t.name, now), 1);
            next = n.isEmpty() ? null : n.get(0);
        } catch (RuntimeException e) {
            next = null; // a user phrase that fails: the task's page explains it
        }
        t.forecast = next;
        t.forecastFrom = now;
        return next;
    }

    /** Why the task waits, from its latest reason while no part of its condition can have changed since. */
    private String waits(TaskState t, Instant now) {
        if (t.waitsFrom != null && !now.isBefore(t.waitsFrom) && now.isBefore(t.waitsUntil)) {
            return t.waits;
        }
        Explanation e;
        try {
            e = t.start.explain(evaluator.context(t.name, now));
        } catch (RuntimeException failed) {
            return null; // a user phrase that fails: the task's page explains it
        }
        t.waits = firstFalse(e);
        t.waitsFrom = now;
        t.waitsUntil = earliestChange(e, Instant.MAX);
        return t.waits;
    }

    /** The reason of the part that keeps a false condition false: the first false part, deepest first. */
    static String firstFalse(Explanation e) {
        if (e.value()) {
            return null;
        }
        for (Explanation part : e.parts()) {
            if (!part.value()) {
                return firstFalse(part);
            }
        }
        return e.reason().isEmpty() ? e.condition() + " is false" : e.reason();
    }

    /** The earliest next change of any part: until then, every part's value and reason stay as they are. */
    private static Instant earliestChange(Explanation e, Instant until) {
        Instant at = e.nextChange() != null && e.nextChange().isBefore(until) ? e.nextChange() : until;
        for (Explanation part : e.parts()) {
            at = earliestChange(part, at);
        }
        return at;
    }

    private TaskView view(TaskState t, Instant now) {
        List<RunView> runs = new ArrayList<>(t.runs.size());
        for (RunState r : t.runs) {
            runs.add(new RunView(r.runId, r.start, r.deadline, r.terminated));
        }
        TaskView.State state = t.disabled ? TaskView.State.DISABLED
                : !runs.isEmpty() ? TaskView.State.RUNNING
                : lanes.of(t.execution).isWaiting(t) ? TaskView.State.QUEUED : TaskView.State.IDLE;
        TaskHistory history = evaluator.history(t.name);
        Action last = null;
        Instant lastAt = null;
        for (Action a : OUTCOMES) {
            Instant at = history.latest(a);
            if (at != null && (lastAt == null || at.isAfter(lastAt))) {
                last = a;
                lastAt = at;
            }
        }
        Instant next = forecast(t, now);
        String waits = next == null && t.start != null
                && (state == TaskView.State.IDLE || state == TaskView.State.QUEUED) ? waits(t, now) : null;
        return new TaskView(t.definition, t.execution, state, runs, last, lastAt, history.failuresInARow(), next,
                waits);
    }
}
