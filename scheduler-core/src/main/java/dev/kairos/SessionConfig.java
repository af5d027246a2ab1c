package dev.kairos;

import dev.kairos.condition.ConditionParser;
import dev.kairos.log.TaskLog;
import dev.kairos.run.Launcher;
import dev.kairos.task.Execution;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The effective configuration of a session, as {@link SessionBuilder#build()} makes (every value
 * checked there) and logs it.
 *
 * @param clock             where every instant comes from
 * @param zone              the zone of the periods
 * @param taskLog           where runs are recorded
 * @param threads           the size of the thread pool
 * @param defaultExecution  the execution of tasks that name none
 * @param defaultTimeout    the timeout of tasks that name none ({@code TaskDefinition.NO_TIMEOUT}: none)
 * @param onDuplicate       what to do with a duplicate task name
 * @param onConditionError  what to do when a condition throws
 * @param shutdownCondition when the session stops by itself, or {@code null}
 * @param shutdownWait      how long a shutdown waits for runs before terminating them
 * @param recheckInterval   how soon conditions whose change cannot be predicted are checked again
 * @param cacheDepth        instants kept per task and action in the status cache
 * @param parser            the condition parser (with the registered phrases)
 * @param parameters        the session parameters (values, suppliers, returns)
 * @param listeners         the hooks
 * @param processes         how many child JVMs ({@link Execution#PROCESS} runs) may run at once
 * @param jvmOptions        the options of every child JVM, before each task's own
 * @param terminationGrace  how long a child process has to stop after the polite signal before it
 *                          is killed
 * @param launchers         a launcher for every execution
 */
record SessionConfig(Clock clock, ZoneId zone, TaskLog taskLog, int threads, Execution defaultExecution,
        Duration defaultTimeout, OnDuplicate onDuplicate, OnConditionError onConditionError,
        String shutdownCondition, Duration shutdownWait, Duration recheckInterval, int cacheDepth,
        ConditionParser parser, Map<String, Object> parameters, List<SessionListener> listeners, int processes,
        List<String> jvmOptions, Duration terminationGrace, Map<Execution, Launcher> launchers) {

    SessionConfig {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(taskLog, "taskLog");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be 1 or more, was " + threads);
        }
        Objects.requireNonNull(defaultExecution, "defaultExecution");
        Objects.requireNonNull(defaultTimeout, "defaultTimeout");
        Objects.requireNonNull(onDuplicate, "onDuplicate");
        Objects.requireNonNull(onConditionError, "onConditionError");
        Objects.requireNonNull(shutdownWait, "shutdownWait");
        Objects.requireNonNull(recheckInterval, "recheckInterval");
        Objects.requireNonNull(parser, "parser");
        parameters = Map.copyOf(parameters);
        listeners = List.copyOf(listeners);
        if (processes < 1) {
            throw new IllegalArgumentException("processes must be 1 or more, was " + processes);
        }
        jvmOptions = List.copyOf(jvmOptions);
        Objects.requireNonNull(terminationGrace, "terminationGrace");
        launchers = Map.copyOf(launchers);
    }

    @Override
    public String toString() {
        return "zone=" + zone + ", log=" + taskLog + ", threads=" + threads + ", execution=" + defaultExecution
                + ", timeout=" + (defaultTimeout.getSeconds() == Long.MAX_VALUE ? "never" : defaultTimeout)
                + ", onDuplicate=" + onDuplicate + ", onConditionError=" + onConditionError + ", shutdown="
                + (shutdownCondition == null ? "none" : "'" + shutdownCondition + "'") + ", shutdownWait="
                + shutdownWait + ", recheck=" + recheckInterval + ", phrases=" + parser.phrases() + ", parameters="
                + parameters.keySet() + ", listeners=" + listeners.size() + ", processes=" + processes + ", jvmOptions="
                + jvmOptions + ", terminationGrace=" + terminationGrace + ", launchers=" + new java.util.TreeMap<>(launchers)
                + ", clock=" + clock;
    }
}
