package dev.kairos.internal.loop;

import dev.kairos.condition.ConditionParser;
import dev.kairos.internal.launch.Pace;
import dev.kairos.internal.launch.Parameters;
import dev.kairos.internal.launch.Results;
import dev.kairos.log.LogRecord;
import dev.kairos.task.Execution;
import dev.kairos.task.TaskDefinition;
import dev.kairos.testing.ManualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/** Tasks, runs and run books for the loop's unit tests. */
final class Fixtures {
    static final Instant T0 = Instant.parse("2024-05-06T08:00:00Z");

    private Fixtures() {
    }

    /** A THREAD task whose start condition is {@code true}. */
    static TaskState task(String name) {
        TaskDefinition d = TaskDefinition.builder(name).start("true").body(ctx -> null).build();
        return new TaskState(d, ConditionParser.standard().parse("true"), null, Set.of(), Set.of(), Execution.THREAD,
                null, 1);
    }

    /** A run book whose runs post their events nowhere and hear no hooks. */
    static RunBook book() {
        ManualClock clock = ManualClock.at(T0);
        return new RunBook(new RunSupport(clock, new Pace(clock), e -> { }, NO_HOOKS, Duration.ofSeconds(5)), null);
    }

    static Parameters none() {
        return new Parameters(Map.of(), Map.of(), Map.of(), new Results());
    }

    static final Hooks NO_HOOKS = new Hooks() {
        @Override
        public void started() {
        }

        @Override
        public void stopped() {
        }

        @Override
        public void recorded(LogRecord record) {
        }

        @Override
        public void bodyStarted(String task, String runId, Instant due, Instant began) {
        }
    };
}
