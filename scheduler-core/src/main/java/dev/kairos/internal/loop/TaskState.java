package dev.kairos.internal.loop;

import dev.kairos.condition.Condition;
import dev.kairos.condition.TaskHistory;
import dev.kairos.task.Execution;
import dev.kairos.task.TaskDefinition;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A task bound to a session: its definition with its conditions read (final, safe from any thread),
 * and its scheduling state, which belongs to the session thread. Each piece of that state has one
 * writer, named on its field.
 */
public final class TaskState {
    final TaskDefinition definition;
    final String name;
    final Condition start;
    final Condition end;
    /** The tasks the conditions mention, whose events may change them. */
    final Set<String> mentions;
    /** The session parameters its conditions read ({@code Condition.ANY_PARAMETER}: any). */
    final Set<String> reads;
    final Execution execution;
    /** The timeout, or null for none. */
    final Duration timeout;
    final long seq;
    /** The definition's priority, kept here so that ordering due tasks reads no other object. */
    final int priority;

    /** Written by the loop's event handling (enable, disable); volatile for the view's counter. */
    volatile boolean disabled;
    /** Runs asked for and not started, each with its parameters; written by the loop's event handling and the decider. */
    final ArrayDeque<Map<String, Object>> requests = new ArrayDeque<>(1);
    /** Whether its runs in progress are to be terminated at the next look; written by the loop's event handling and the decider. */
    boolean terminateAsked;
    /** Runs not yet returned, terminated ones included; written by {@link RunBook} (and moved by {@link TaskIndex} on replace). */
    final List<RunState> runs = new ArrayList<>(1);

    /** Written by {@link TaskIndex}: whether the task is in the session now. */
    boolean active;
    /** Written by {@link TaskIndex} (its wake queue): the instant the task is queued for, or null. */
    Instant wakeAt;
    /** Written by {@link TaskIndex}: the wake instant that made the task due in this pass, or null if only touched. */
    Instant dueSince;
    /** Written by {@link TaskIndex}. */
    boolean dirty;
    /** Written by {@link TaskIndex}. */
    long dueMark = -1;
    /**
     * The view's latest next start (null: none known) and the instant it was computed from, or null
     * when it must be computed again; written by {@link Views}, forgotten by {@link TaskIndex} whenever
     * the task is touched or looked at (the only times its forecast can change, but for time passing it).
     */
    Instant forecast;
    Instant forecastFrom;
    /** As {@link #forecast}: the view's latest reason to wait, the instant it was made from, and until when it holds. */
    String waits;
    Instant waitsFrom;
    Instant waitsUntil;
    /**
     * Written by {@link Evaluator}: the task's history in the status cache, once it has a record, and
     * the cache's whole history it belongs to (another after a load: looked up again).
     */
    TaskHistory history;
    Object historyOf;

    /**
     * A task with its conditions read.
     *
     * @param execution the effective execution (the session's default when the definition has none)
     * @param timeout   the effective timeout, or null for none
     * @param seq       breaks ties of priority: the order of binding, or a permutation of it (a shared log)
     */
    public TaskState(TaskDefinition definition, Condition start, Condition end, Set<String> mentions, Set<String> reads,
            Execution execution, Duration timeout, long seq) {
        this.definition = definition;
        this.name = definition.name();
        this.start = start;
        this.end = end;
        this.mentions = mentions;
        this.reads = reads;
        this.execution = execution;
        this.timeout = timeout;
        this.seq = seq;
        this.priority = definition.priority();
        this.disabled = definition.disabled();
    }

    /** The definition. */
    public TaskDefinition definition() {
        return definition;
    }

    /** The tasks its conditions name. */
    public Set<String> mentions() {
        return mentions;
    }

    TaskDefinition.Phase phase() {
        return definition.phase();
    }

    @Override
    public String toString() {
        return "task '" + name + "'";
    }

    /** Its view's forecast and reason to wait must be made again: an event or a pass may have changed them. */
    void forget() {
        forecastFrom = null;
        waitsFrom = null;
    }

    /** A run asked for did not start after all: it is asked again, first. */
    void unask(Map<String, Object> asked) {
        if (asked != null) {
            requests.addFirst(asked);
        }
    }
}
