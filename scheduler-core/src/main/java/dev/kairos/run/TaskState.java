package dev.kairos.run;

import dev.kairos.condition.Condition;
import dev.kairos.task.Execution;
import dev.kairos.task.TaskDefinition;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * A task bound to a session: its definition with conditions read, and its scheduling state. The
 * final fields and {@code disabled} and {@code requests} are safe from any thread; the rest belong
 * to the session thread.
 */
final class TaskState {
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
    volatile boolean disabled;
    final ConcurrentLinkedQueue<Map<String, Object>> requests = new ConcurrentLinkedQueue<>();

    /** Runs not yet finished, including terminated runs whose thread has not returned. */
    final List<RunState> runs = new ArrayList<>(1);
    boolean active;
    boolean removed;
    /** The instant this task is queued for, or null if it is not queued. */
    Instant wakeAt;
    boolean dirty;
    long dueMark = -1;
    boolean waitingForThread;
    /** Whether it is queued for a free child-JVM slot. */
    boolean waitingForChild;
    boolean startupRunDone;

    TaskState(TaskDefinition definition, Condition start, Condition end, Set<String> mentions, Set<String> reads,
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
        this.disabled = definition.disabled();
    }

    TaskDefinition.Phase phase() {
        return definition.phase();
    }

    @Override
    public String toString() {
        return "task '" + name + "'";
    }
}
