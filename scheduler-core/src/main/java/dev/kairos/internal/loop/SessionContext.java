package dev.kairos.internal.loop;

import dev.kairos.condition.EvaluationContext;
import dev.kairos.condition.TaskHistory;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;

/**
 * What conditions see of the session at one instant, for one task (or none). {@code own} is that
 * task's history when the caller already holds it (null: looked up like any other), so that the
 * conditions' most frequent question, about their own task, reads no map.
 */
record SessionContext(Instant now, ZoneId zone, String taskName, TaskHistory own, StatusCache cache,
        Map<String, Object> parameters, Instant schedulerStarted, long cycles, Duration recheckInterval)
        implements EvaluationContext {

    @Override
    public TaskHistory history(String task) {
        return own != null && taskName.equals(task) ? own : cache.history(task);
    }

    @Override
    public Object parameter(String name) {
        return parameters.get(name);
    }
}
