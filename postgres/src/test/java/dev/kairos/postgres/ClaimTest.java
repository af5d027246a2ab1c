package dev.kairos.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kairos.condition.Action;
import dev.kairos.log.LogRecord;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ClaimTest {
    private static final Instant T0 = Instant.parse("2026-12-02T08:00:00Z");
    private final List<PostgresTaskLog> logs = new ArrayList<>();
    private DataSource db;

    @BeforeEach
    void database() {
        db = TestDatabase.fresh().dataSource();
    }

    @AfterEach
    void close() {
        logs.forEach(PostgresTaskLog::close);
    }

    private PostgresTaskLog open(String node) throws IOException {
        PostgresTaskLog log = PostgresTaskLog.builder(db).node(node).migrate(true).build();
        log.replay(ZoneOffset.UTC, r -> { });
        log.open(() -> { });
        logs.add(log);
        return log;
    }

    @Test
    void of_sessions_racing_on_the_same_view_exactly_one_claim_wins_each_round() throws Exception {
        int sessions = 8;
        List<PostgresTaskLog> all = new ArrayList<>();
        for (int i = 0; i < sessions; i++) {
            all.add(open("node-" + i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(sessions);
        try {
            for (int round = 0; round < 20; round++) {
                CountDownLatch go = new CountDownLatch(1);
                List<Future<Boolean>> won = new ArrayList<>();
                for (PostgresTaskLog log : all) {
                    String runId = log.nextRunId();
                    LogRecord run = LogRecord.started("daily", runId, T0.plusSeconds(round));
                    won.add(pool.submit(() -> {
                        go.await();
                        return log.write(List.of(run)).isEmpty();
                    }));
                }
                go.countDown();
                int winners = 0;
                for (int i = 0; i < sessions; i++) {
                    if (won.get(i).get()) {
                        winners++;
                    } else {
                        awaitRecords(all.get(i), 1); // the winner's run: the next round follows it
                    }
                }
                assertEquals(1, winners, "round " + round);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void a_session_that_has_not_seen_the_latest_run_loses_its_claim() throws Exception {
        PostgresTaskLog a = open("a");
        PostgresTaskLog b = open("b");
        assertTrue(a.write(List.of(LogRecord.started("t", a.nextRunId(), T0))).isEmpty());
        LogRecord stale = LogRecord.started("t", b.nextRunId(), T0.plusSeconds(60));
        assertEquals(Set.of(stale), b.write(List.of(stale)), "b claims after no run: a's run already did");
        awaitRecords(b, 1);
        assertTrue(b.write(List.of(LogRecord.started("t", b.nextRunId(), T0.plusSeconds(61)))).isEmpty(),
                "once b has seen a's run, it may follow it");
    }

    @Test
    void a_run_has_one_outcome_whoever_writes_the_second() throws Exception {
        PostgresTaskLog a = open("a");
        PostgresTaskLog b = open("b");
        String id = a.nextRunId();
        assertTrue(a.write(List.of(LogRecord.started("t", id, T0))).isEmpty());
        LogRecord success = LogRecord.finished("t", id, Action.SUCCESS, T0, T0.plusSeconds(1), "", null);
        LogRecord crash = LogRecord.finished("t", id, Action.CRASH, T0, T0.plusSeconds(2), "gone", null);
        assertTrue(a.write(List.of(success)).isEmpty());
        assertEquals(Set.of(crash), b.write(List.of(crash)));
    }

    @Test
    void run_ids_are_never_handed_out_twice_across_sessions() throws Exception {
        PostgresTaskLog a = open("a");
        PostgresTaskLog b = open("b");
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 250; i++) {
            assertTrue(ids.add(a.nextRunId()));
            assertTrue(ids.add(b.nextRunId()));
        }
        assertNotEquals(a.nextRunId(), b.nextRunId());
    }

    /** Polls until the log has handed over at least {@code n} records of others; returns them. */
    static List<LogRecord> awaitRecords(PostgresTaskLog log, int n) throws InterruptedException {
        List<LogRecord> got = new ArrayList<>();
        while (got.size() < n) {
            got.addAll(log.poll());
            if (got.size() < n) {
                Thread.sleep(2);
            }
        }
        return got;
    }
}
