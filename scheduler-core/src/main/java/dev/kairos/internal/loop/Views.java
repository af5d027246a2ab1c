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
                List.of(), null, null, 0, null);
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
        Instant next = null;
        if (t.start != null) {
            try {
                List<Instant> n = t.start.nextTrue(evaluator.context(t.name, now), 1);
                next = n.isEmpty() ? null : n.get(0);
            } catch (RuntimeException e) {
                next = null; // a user phrase that fails: the task's page explains it
            }
        }
        return new TaskView(t.definition, t.execution, state, runs, last, lastAt, history.failuresInARow(), next);
    }
}
