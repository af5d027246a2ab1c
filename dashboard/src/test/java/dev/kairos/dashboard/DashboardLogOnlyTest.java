package dev.kairos.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kairos.condition.Action;
import dev.kairos.log.LogRecord;
import dev.kairos.log.TaskLog;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A dashboard over a CSV task log on disk with no session: the tasks the records name, their state
 * from the records, no actions, and records a writer appends later shown as they come.
 */
class DashboardLogOnlyTest {
    private static final Instant T = Instant.parse("2024-03-04T10:00:00Z");

    @TempDir
    Path dir;

    private static List<LogRecord> history() {
        List<LogRecord> h = new ArrayList<>();
        h.add(LogRecord.started("nightly", "1", T.minusSeconds(7200)));
        h.add(LogRecord.finished("nightly", "1", Action.SUCCESS, T.minusSeconds(7200), T.minusSeconds(7000), "", null));
        h.add(LogRecord.started("load", "2", T.minusSeconds(3600)));
        h.add(LogRecord.finished("load", "2", Action.FAIL, T.minusSeconds(3600), T.minusSeconds(3500), "no <rows>",
                "java.io.IOException: no rows\n\tat Load.run(Load.java:3)"));
        h.add(LogRecord.started("watch", "3", T));
        return h;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> tasks(Http http) throws Exception {
        List<Map<String, Object>> rows = (List<Map<String, Object>>) http.json("/api/tasks").get("tasks");
        return rows.stream().collect(Collectors.toMap(r -> (String) r.get("name"), r -> r));
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_log_alone_shows_its_tasks_and_runs_read_only_and_follows_what_is_appended() throws Exception {
        Path file = dir.resolve("tasks.csv");
        TaskLog writer = TaskLog.csv(file);
        writer.replay(ZoneOffset.UTC, r -> { });
        writer.append(history());
        try (Dashboard dashboard = Dashboard.browse(TaskLog.csv(file), ZoneOffset.UTC,
                DashboardOptions.builder().bind("127.0.0.1", 0).build())) {
            Http http = new Http(dashboard);
            Map<String, Object> session = http.json("/api/session");
            assertEquals(true, session.get("logOnly"));
            assertEquals(true, session.get("readOnly"));
            Map<String, Map<String, Object>> tasks = tasks(http);
            assertEquals(Map.of("nightly", "idle", "load", "failing", "watch", "running"), tasks.entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, e -> (String) e.getValue().get("state"))));
            assertEquals("success", tasks.get("nightly").get("lastOutcome"));

            Map<String, Object> load = http.json(Http.task("load") + "?days=1");
            Map<String, Object> history = (Map<String, Object>) load.get("history");
            assertEquals("2024-03-03T10:00:00Z", history.get("from"), "the page ends at the latest record");
            assertEquals(1, ((List<?>) history.get("runs")).size());
            Map<String, Object> failure = ((List<Map<String, Object>>) history.get("failures")).get(0);
            assertEquals("no <rows>", failure.get("message"));
            assertTrue(((String) failure.get("exception")).startsWith("java.io.IOException: no rows"));
            assertEquals(404, http.get(Http.task("nobody")).statusCode());

            var refused = http.post(Http.task("load") + "/run", Guard.CSRF_HEADER, http.csrf());
            assertEquals(403, refused.statusCode(), refused.body());
            assertTrue(refused.body().contains("read-only"), refused.body());

            writer.append(List.of(LogRecord.finished("watch", "3", Action.SUCCESS, T, T.plusSeconds(90), "seen", null)));
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (!"idle".equals(tasks(http).get("watch").get("state"))) {
                assertTrue(System.nanoTime() < until, "the appended finish was not seen within 10 s");
                Thread.sleep(20);
            }
            List<Map<String, Object>> records = (List<Map<String, Object>>) http.json("/api/records").get("records");
            assertEquals(6, records.size());
            assertEquals("1 min 30 s", records.get(5).get("runtimeText"));
        } finally {
            writer.close();
        }
    }

    @Test
    void a_log_alone_is_refused_with_a_task_log_in_the_options_too() {
        TaskLog log = TaskLog.inMemory();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Dashboard.browse(log,
                ZoneOffset.UTC, DashboardOptions.builder().bind("127.0.0.1", 0).taskLog(log).build()));
        assertTrue(e.getMessage().contains("taskLog"), e.getMessage());
    }
}
