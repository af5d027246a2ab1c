package dev.kairos.internal.loop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.kairos.condition.Action;
import dev.kairos.log.LogRecord;
import dev.kairos.log.TaskLog;
import dev.kairos.testing.ManualClock;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A bound task's own history, kept on it, is the one the cache holds: after later records and after a load. */
class EvaluatorHistoryTest {
    private final StatusCache cache = new StatusCache();
    private final Evaluator evaluator = new Evaluator(new LoopSettings(ManualClock.at(Fixtures.T0), ZoneOffset.UTC,
            TaskLog.inMemory(), null, Duration.ofSeconds(30), Duration.ofSeconds(1), StatusCache.DEFAULT_DEPTH,
            false, Duration.ofSeconds(5)), cache, Map.of());

    private static LogRecord success(String task, Instant at) {
        return LogRecord.finished(task, "1", Action.SUCCESS, at.minusSeconds(1), at, null, null);
    }

    @Test
    void a_task_without_records_sees_its_first_record_and_every_later_one() {
        TaskState t = Fixtures.task("fetch");
        assertNull(evaluator.taskContext(t, Fixtures.T0).history("fetch").latest(Action.SUCCESS));
        cache.add(success("fetch", Fixtures.T0));
        assertEquals(Fixtures.T0, evaluator.taskContext(t, Fixtures.T0).history("fetch").latest(Action.SUCCESS));
        cache.add(success("fetch", Fixtures.T0.plusSeconds(60)));
        assertEquals(Fixtures.T0.plusSeconds(60), evaluator.taskContext(t, Fixtures.T0).history("fetch")
                .latest(Action.SUCCESS));
    }

    @Test
    void other_tasks_are_looked_up_in_the_cache() {
        TaskState t = Fixtures.task("fetch");
        cache.add(success("fetch", Fixtures.T0));
        cache.add(success("store", Fixtures.T0.plusSeconds(5)));
        SessionContext ctx = evaluator.taskContext(t, Fixtures.T0);
        assertEquals(Fixtures.T0.plusSeconds(5), ctx.history("store").latest(Action.SUCCESS));
        assertNull(ctx.history("report").latest(Action.SUCCESS));
    }

    @Test
    void after_a_load_the_loaded_history_is_seen() throws IOException {
        StatusCache other = new StatusCache();
        other.add(success("fetch", Fixtures.T0.plusSeconds(3600)));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        other.save(new DataOutputStream(bytes));

        TaskState t = Fixtures.task("fetch");
        cache.add(success("fetch", Fixtures.T0));
        assertEquals(Fixtures.T0, evaluator.history(t).latest(Action.SUCCESS));
        cache.load(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        assertEquals(Fixtures.T0.plusSeconds(3600), evaluator.history(t).latest(Action.SUCCESS));
        cache.add(success("fetch", Fixtures.T0.plusSeconds(7200)));
        assertEquals(Fixtures.T0.plusSeconds(7200), evaluator.taskContext(t, Fixtures.T0).history("fetch")
                .latest(Action.SUCCESS));
    }
}
