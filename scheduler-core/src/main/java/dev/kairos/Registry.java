package dev.kairos;

import dev.kairos.condition.Condition;
import dev.kairos.condition.ConditionSyntaxException;
import dev.kairos.internal.loop.TaskState;
import dev.kairos.log.SharedTaskLog;
import dev.kairos.task.TaskDefinition;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The session's tasks by name, the truth for every thread. Binding a definition reads its
 * conditions with the session's parser; once the session runs, a condition that names a task the
 * session does not have is refused.
 */
final class Registry {
    private static final Logger LOG = LoggerFactory.getLogger(Session.class);

    /** What an add did: the task added (null if ignored) and the task it replaced (or null). */
    record Added(TaskState task, TaskState replaced) {
    }

    private final SessionConfig config;
    private final Map<String, TaskState> tasks = new ConcurrentHashMap<>();
    private long seq;
    /**
     * Non-zero when the log is shared: tasks of equal priority are then taken in an order of this
     * session's own (a permutation of the order they were added), so that sessions racing for the same
     * due tasks mostly claim different ones instead of all losing to one.
     */
    private final long shuffle;
    private boolean checkNames;
    /**
     * The conditions parsed so far, by text (conditions are immutable values): many tasks share a
     * start condition ({@code daily}, {@code every 10 minutes}), which is then parsed and held once.
     * At most {@link #PARSED_KEPT} texts are kept; later ones are parsed each time.
     */
    private final Map<String, Condition> parsed = new HashMap<>();
    private static final int PARSED_KEPT = 10_000;

    Registry(SessionConfig config) {
        this.config = config;
        this.shuffle = config.taskLog() instanceof SharedTaskLog ? new SplittableRandom().nextLong() | 1 : 0;
    }

    /** Adds a task; a name that exists already is handled as {@code onDuplicate} says. */
    synchronized Added add(TaskDefinition definition, OnDuplicate onDuplicate) {
        TaskState existing = tasks.get(definition.name());
        if (existing != null) {
            switch (onDuplicate) {
                case RAISE -> throw new IllegalArgumentException("a task named '" + definition.name()
                        + "' exists already (the session's onDuplicate is RAISE; use REPLACE, IGNORE or RENAME)");
                case IGNORE -> {
                    LOG.info("task '{}' exists already; the new one is ignored (onDuplicate IGNORE)",
                            definition.name());
                    return new Added(null, null);
                }
                case RENAME -> definition = renamed(definition);
                case REPLACE -> {
                    // bound below, then swapped in
                }
            }
        }
        TaskState state = bind(definition);
        if (checkNames) {
            List<String> unknown = unknownNames(state, definition.name());
            if (!unknown.isEmpty()) {
                throw new IllegalArgumentException(unknownMessage(definition.name(), unknown));
            }
        }
        TaskState replaced = tasks.put(definition.name(), state);
        if (replaced != null) {
            LOG.info("task '{}' replaced ({})", definition.name(), onDuplicate == config.onDuplicate()
                    ? "onDuplicate " + onDuplicate : "replace");
        }
        return new Added(state, replaced);
    }

    synchronized TaskState remove(String name) {
        TaskState removed = tasks.remove(name);
        if (removed != null) {
            for (TaskState other : tasks.values()) {
                if (other.mentions().contains(name)) {
                    LOG.warn("task '{}' was removed, but the conditions of task '{}' still name it", name,
                            other.definition().name());
                }
            }
        }
        return removed;
    }

    TaskState get(String name) {
        return tasks.get(name);
    }

    TaskState require(String name) {
        TaskState t = tasks.get(name);
        if (t == null) {
            throw new IllegalArgumentException("no task named '" + name + "'; the session has " + new TreeMap<>(tasks)
                    .keySet());
        }
        return t;
    }

    Set<String> names() {
        return Set.copyOf(tasks.keySet());
    }

    /** The tasks now, bound. */
    Collection<TaskState> states() {
        return List.copyOf(tasks.values());
    }

    /**
     * From now on, refuses conditions naming unknown tasks.
     *
     * @throws IllegalStateException listing, per task, the names that no task has
     */
    synchronized void checkNamesFromNowOn() {
        if (tasks.values().stream().anyMatch(t -> !unknownNames(t, t.definition().name()).isEmpty())) {
            List<String> problems = new ArrayList<>();
            for (TaskState t : new TreeMap<>(tasks).values()) { // sorted only to name the problems in order
                List<String> unknown = unknownNames(t, t.definition().name());
                if (!unknown.isEmpty()) {
                    problems.add(unknownMessage(t.definition().name(), unknown));
                }
            }
            throw new IllegalStateException(String.join("; ", problems));
        }
        checkNames = true;
    }

    private List<String> unknownNames(TaskState t, String self) {
        List<String> unknown = new ArrayList<>();
        for (String name : t.mentions()) {
            if (!name.equals(self) && !tasks.containsKey(name)) {
                unknown.add(name);
            }
        }
        return unknown;
    }

    private String unknownMessage(String task, List<String> unknown) {
        return "the conditions of task '" + task + "' name " + (unknown.size() == 1 ? "a task" : "tasks")
                + " the session does not have: " + unknown.stream().map(n -> "'" + n + "'").toList()
                + "; known tasks: " + new TreeMap<>(tasks).keySet();
    }

    private TaskDefinition renamed(TaskDefinition d) {
        int i = 2;
        while (tasks.containsKey(d.name() + "-" + i)) {
            i++;
        }
        String name = d.name() + "-" + i;
        LOG.info("task '{}' exists already; the new one is added as '{}' (onDuplicate RENAME)", d.name(), name);
        return new TaskDefinition(name, d.start(), d.end(), d.timeout(), d.execution(), d.priority(), d.disabled(),
                d.parameters(), d.multilaunch(), d.phase(), d.body(), d.jvmOptions());
    }

    private TaskState bind(TaskDefinition d) {
        Condition start = parse(d, "start", d.start());
        Condition end = parse(d, "end", d.end());
        Set<String> mentions = new HashSet<>();
        Set<String> reads = new HashSet<>();
        if (start != null) {
            mentions.addAll(start.taskNames());
            reads.addAll(start.parameterNames());
        }
        if (end != null) {
            mentions.addAll(end.taskNames());
            reads.addAll(end.parameterNames());
        }
        Duration timeout = d.timeout() == null ? config.defaultTimeout() : d.timeout();
        return new TaskState(d, start, end, Set.copyOf(mentions), Set.copyOf(reads),
                d.execution() == null ? config.defaultExecution() : d.execution(),
                timeout.equals(TaskDefinition.NO_TIMEOUT) ? null : timeout, order(seq++));
    }

    /** The rank of the n-th task added among tasks of its priority (a bijection, so ranks never tie). */
    private long order(long n) {
        if (shuffle == 0) {
            return n;
        }
        long z = n ^ shuffle; // SplitMix64's finalizer, a bijection of the longs
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private Condition parse(TaskDefinition d, String field, String text) {
        if (text == null) {
            return null;
        }
        Condition known = parsed.get(text);
        if (known != null) {
            return known;
        }
        try {
            Condition c = config.parser().parse(text);
            if (parsed.size() < PARSED_KEPT) {
                parsed.put(text, c);
            }
            return c;
        } catch (ConditionSyntaxException e) {
            throw new IllegalArgumentException("task '" + d.name() + "', " + field + " condition: " + e.getMessage(),
                    e);
        }
    }
}
