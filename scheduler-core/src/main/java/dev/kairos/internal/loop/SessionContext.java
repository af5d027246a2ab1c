package dev.kairos.internal.loop;

import dev.kairos.condition.EvaluationContext;
import dev.kairos.condition.TaskHistory;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;

/** What conditions see of the session at one instant, for one task (or none). */
record SessionContext(Instant now, ZoneId zone, String taskName, StatusCache cache, Map<String, Object> parameters,
        Instant schedulerStarted, long cycles, Duration recheckInterval) implements EvaluationContext {

    @Override
    public TaskHistory history(String task) {
        return cache.history(task);
    }

    @Override
    public Object parameter(String name) {
        return parameters.get(name);
    }
}
