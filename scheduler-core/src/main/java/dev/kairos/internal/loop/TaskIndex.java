package dev.kairos.internal.loop;

import dev.kairos.condition.Condition;
import dev.kairos.task.TaskDefinition.Phase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The loop's view of its tasks: the active ones by name, which tasks' conditions name which task,
 * which tasks an event touched, and when each untouched task is due again. This is what lets a pass
 * look at the few tasks that may have changed instead of all of them. Session thread only.
 */
final class TaskIndex {
    /** Higher priority first, then the order of binding. */
    static final Comparator<TaskState> PRIORITY = (a, b) -> a.priority != b.priority
            ? Integer.compare(b.priority, a.priority) : Long.compare(a.seq, b.seq);

    private final Map<String, TaskState> active = new LinkedHashMap<>();
    private final Map<String, List<TaskState>> dependents = new HashMap<>();
    private final WakeQueue wakes = new WakeQueue();
    private List<TaskState> touched = new ArrayList<>();

    Collection<TaskState> active() {
        return active.values();
    }

    TaskState get(String name) {
        return active.get(name);
    }

    /** Makes a task active; a replaced task's runs move to it (they still count for launching). */
    void add(TaskState t, TaskState replaced) {
        if (replaced != null && replaced.active) {
            for (RunState r : replaced.runs) {
                r.task = t;
                t.runs.add(r);
            }
            replaced.runs.clear();
            remove(replaced);
        }
        t.active = true;
        active.put(t.name, t);
        for (String name : t.mentions) {
            dependents.computeIfAbsent(name, k -> new ArrayList<>()).add(t);
        }
        touch(t);
    }

    /** Deactivates a task; it is still looked at while it has runs (timeouts, end conditions). */
    boolean remove(TaskState t) {
        if (!t.active) {
            return false;
        }
        t.active = false;
        active.remove(t.name, t);
        for (String name : t.mentions) {
            List<TaskState> list = dependents.get(name);
            if (list != null) {
                list.remove(t);
            }
        }
        wakes.schedule(t, null);
        touch(t);
        return true;
    }

    /**
     * Asks for one run of every enabled active task of {@code phase} and touches them.
     *
     * @return how many were asked
     */
    int ask(Phase phase) {
        int n = 0;
        for (TaskState t : active.values()) {
            if (t.phase() == phase && !t.disabled) {
                t.requests.add(Map.of());
                touch(t);
                n++;
            }
        }
        return n;
    }

    /** Whether an enabled active task of {@code phase} has a run asked for and not started. */
    boolean asked(Phase phase) {
        for (TaskState t : active.values()) {
            if (t.phase() == phase && !t.disabled && !t.requests.isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** The task must be looked at in the next pass. */
    void touch(TaskState t) {
        t.forget();
        if (!t.dirty) {
            t.dirty = true;
            touched.add(t);
        }
    }

    void touchAll() {
        active.values().forEach(this::touch);
    }

    /** Touches the tasks whose conditions read the session parameter {@code name} (or may read any). */
    void touchReaders(String name) {
        for (TaskState t : active.values()) {
            if (t.reads.contains(name) || t.reads.contains(Condition.ANY_PARAMETER)) {
                touch(t);
            }
        }
    }

    /** A record of task {@code name} was made: it and the tasks whose conditions name it may change. */
    void changed(String name) {
        TaskState t = active.get(name);
        if (t != null) {
            touch(t);
        }
        List<TaskState> list = dependents.get(name);
        if (list != null) {
            list.forEach(this::touch);
        }
    }

    boolean hasTouched() {
        return !touched.isEmpty();
    }

    /** The touched tasks and those due by {@code now}, each once, in priority order; unqueues them. */
    List<TaskState> takeDue(Instant now, long pass) {
        if (touched.isEmpty() && wakes.next().isAfter(now)) {
            return List.of(); // most passes: nothing to allocate
        }
        List<TaskState> due = touched;
        touched = new ArrayList<>();
        for (TaskState t : due) {
            t.forget();
            t.dirty = false;
            t.dueMark = pass;
            t.dueSince = null;
        }
        wakes.takeDue(now, (t, at) -> {
            if (t.dueMark != pass) {
                t.forget();
                t.dueMark = pass;
                t.dueSince = null;
                due.add(t);
            }
            if (t.dueSince == null || at.isBefore(t.dueSince)) {
                t.dueSince = at;
            }
        });
        due.sort(PRIORITY);
        return due;
    }

    /** When to look at the task again (null: only on an event). */
    void schedule(TaskState t, Instant at) {
        wakes.schedule(t, at);
    }

    /** The earliest instant a task is queued for, or {@link Instant#MAX}. */
    Instant next() {
        return wakes.next();
    }
}
