package dev.kairos;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kairos.condition.Action;
import dev.kairos.log.LogRecord;
import dev.kairos.log.TaskLog;
import dev.kairos.task.Execution;
import dev.kairos.task.TaskDefinition;
import dev.kairos.testing.ManualClock;
import dev.kairos.testing.SessionHarness;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NoLossNoDuplicateTest {
    private static final int TASKS = 50;
    private static final int MINUTES = 60;

    @TempDir
    Path dir;

    @Test
    void every_run_id_appears_once_with_one_start_and_one_finish() throws IOException {
        Path file = dir.resolve("log.csv");
        AtomicInteger bodies = new AtomicInteger();
        SessionBuilder b = Session.builder().clock(ManualClock.at("2024-01-01T00:00:00Z")).zone(ZoneOffset.UTC)
                .taskLog(file).threads(8).defaultExecution(Execution.THREAD);
        for (int i = 0; i < TASKS; i++) {
            int n = i;
            b.task(TaskDefinition.builder("t" + i).start("every 1 minute").body(ctx -> {
                bodies.incrementAndGet();
                if (n % 7 == 0) {
                    throw new IllegalStateException("odd one");
                }
                return null;
            }).build());
        }
        try (SessionHarness h = SessionHarness.start(b)) {
            for (int m = 0; m < MINUTES; m++) {
                // 50 tasks on 8 threads: finishes arrive while later runs start, on every pass
                h.settle();
                h.clock().advance(Duration.ofMinutes(1));
            }
        }
        List<LogRecord> records = new ArrayList<>();
        try (TaskLog log = TaskLog.csv(file)) {
            assertEquals(List.of(), log.replay(ZoneOffset.UTC, records::add));
        }
        Map<String, List<Action>> byRun = new HashMap<>();
        for (LogRecord r : records) {
            byRun.computeIfAbsent(r.runId(), k -> new ArrayList<>()).add(r.action());
        }
        assertEquals(bodies.get(), byRun.size(), "one run id per body executed");
        assertEquals(TASKS * MINUTES, byRun.size());
        byRun.forEach((id, actions) -> {
            assertEquals(2, actions.size(), "run " + id + ": " + actions);
            assertEquals(Action.RUN, actions.get(0), "run " + id);
            assertEquals(true, actions.get(1) == Action.SUCCESS || actions.get(1) == Action.FAIL, "run " + id);
        });
    }
}
