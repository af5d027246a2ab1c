package dev.kairos.internal.loop;

import dev.kairos.condition.Condition;
import dev.kairos.log.TaskLog;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;

/**
 * What the loop needs of a session's configuration, checked by the session builder.
 *
 * @param clock                where every instant comes from
 * @param zone                 the zone of the periods and of the log's timestamps
 * @param taskLog              where runs are recorded
 * @param shutdownCondition    when the session stops by itself, or null
 * @param shutdownWait         how long a shutdown waits for runs before terminating them
 * @param recheckInterval      how soon conditions whose change cannot be predicted are checked again
 * @param cacheDepth           instants kept per task and action in the status cache
 * @param conditionErrorsFatal whether a condition that throws stops the session
 * @param terminationGrace     the grace of command bodies that name none
 */
public record LoopSettings(Clock clock, ZoneId zone, TaskLog taskLog, Condition shutdownCondition,
        Duration shutdownWait, Duration recheckInterval, int cacheDepth, boolean conditionErrorsFatal,
        Duration terminationGrace) {

    /** Checks that everything required is there. */
    public LoopSettings {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(taskLog, "taskLog");
        Objects.requireNonNull(shutdownWait, "shutdownWait");
        Objects.requireNonNull(recheckInterval, "recheckInterval");
        Objects.requireNonNull(terminationGrace, "terminationGrace");
    }
}
