package dev.kairos.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kairos.Session;
import dev.kairos.condition.Action;
import dev.kairos.task.Execution;
import dev.kairos.task.TaskDefinition;
import dev.kairos.testing.ManualClock;
import dev.kairos.testing.SessionHarness;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two sessions on one database and one manual clock, stepped by the test: what the shared log lets
 * each of them start. Waiting for the other session's records is waiting for its reader thread,
 * done by stepping again until the record has come, never by a timer.
 */
class SharedSessionTest {
    private static final Instant T0 = Instant.parse("2026-12-02T08:00:00Z");
    private final ManualClock clock = ManualClock.at(T0);
    private final List<SessionHarness> harnesses = new ArrayList<>();
    private DataSource db;

    @BeforeEach
    void database() {
        db = TestDatabase.fresh().dataSource();
    }

    @AfterEach
    void close() {
        harnesses.forEach(SessionHarness::close);
    }

    private SessionHarness node(String name, TaskDefinition task) {
        SessionHarness h = SessionHarness.start(Session.builder().clock(clock).zone(ZoneOffset.UTC)
                .taskLog(PostgresTaskLog.builder(db).node(name).migrate(true).build()).task(task));
        harnesses.add(h);
        return h;
    }

    private long runs(String task) throws SQLException {
        return query("select count(*) from kairos_log where action = 'run' and task = '" + task + "'").get(0);
    }

    private List<Long> query(String sql) throws SQLException {
        List<Long> out = new ArrayList<>();
        try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getLong(1));
            }
        }
        return out;
    }

    /** Steps every node at the clock's instant until the database holds {@code n} finishes of the task. */
    private void stepUntilFinished(String task, long n) throws Exception {
        while (query("select count(*) from kairos_log where action <> 'run' and task = '" + task + "'").get(0) < n) {
            for (SessionHarness h : harnesses) {
                h.step().awaitRuns();
            }
            Thread.sleep(2);
        }
    }

    /** Steps {@code h} until its cache has every record of the database (its reader has caught up). */
    private static void catchUp(SessionHarness h, int times) throws InterruptedException {
        for (int i = 0; i < times; i++) {
            h.step();
            Thread.sleep(2);
        }
    }

    @Test
    void a_daily_task_due_on_both_nodes_at_once_runs_once_a_day() throws Exception {
        TaskDefinition daily = TaskDefinition.builder("report").start("daily").execution(Execution.MAIN)
                .body(ctx -> null).build();
        SessionHarness a = node("a", daily);
        SessionHarness b = node("b", daily);
        a.step();
        b.step();
        assertEquals(1, runs("report"), "due on both at 08:00: one run");
        stepUntilFinished("report", 1);
        clock.advance(Duration.ofHours(1));
        catchUp(a, 20);
        catchUp(b, 20);
        assertEquals(1, runs("report"), "the same day: still one");
        clock.advance(Duration.ofDays(1));
        a.step();
        b.step();
        assertEquals(2, runs("report"), "the next day: one more");
    }

    @Test
    void run_now_on_two_nodes_at_once_gives_two_runs_one_after_the_other() throws Exception {
        TaskDefinition report = TaskDefinition.builder("report").execution(Execution.THREAD).body(ctx -> null).build();
        SessionHarness a = node("a", report);
        SessionHarness b = node("b", report);
        a.session().runNow("report", Map.of());
        b.session().runNow("report", Map.of());
        a.step();
        b.step();
        // one claim wins; the other ask waits, unless its node had already seen the first run finish
        stepUntilFinished("report", 2);
        assertEquals(2, runs("report"), "the losing ask ran once, after the first run");
        assertEquals(2, a.count("report", Action.RUN) + b.count("report", Action.RUN), "each run heard by its node");
        assertEquals(List.of(1L), query("select count(*) from kairos_log r join kairos_log f on f.run_id = r.claim "
                + "and f.action <> 'run' where r.action = 'run' and r.claim <> ''"), "the second follows the first");
    }

    @Test
    void the_log_says_which_node_started_each_run() throws Exception {
        TaskDefinition report = TaskDefinition.builder("report").execution(Execution.MAIN).body(ctx -> null).build();
        SessionHarness a = node("a", report);
        SessionHarness b = node("b", report);
        a.session().runNow("report", Map.of());
        stepUntilFinished("report", 1);
        catchUp(b, 20);
        b.session().runNow("report", Map.of());
        stepUntilFinished("report", 2);
        List<Long> ids = query("select run_id::bigint from kairos_log where action = 'run' order by seq");
        PostgresTaskLog reader = PostgresTaskLog.builder(db).build();
        Map<String, String> nodes = reader.nodes(List.of(ids.get(0).toString(), ids.get(1).toString(), "no-such-run"));
        assertEquals(Map.of(ids.get(0).toString(), "a", ids.get(1).toString(), "b"), nodes);
        assertEquals(Map.of(), reader.nodes(List.of()));
    }
}
