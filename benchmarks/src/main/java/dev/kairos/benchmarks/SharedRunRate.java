package dev.kairos.benchmarks;

import dev.kairos.postgres.PostgresTaskLog;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;

/**
 * Figure 1: trivial THREAD runs per second on the PostgreSQL log, with 1 and with 3 nodes, each a
 * JVM of its own ({@link KairosNode}) with the same {@code tasks} tasks {@code daily after HH:MM:SS}
 * and {@code threads} pool threads, on a fresh database. Every task becomes due at the same whole
 * second, after the nodes have started; the figure is the time from that second until the database
 * holds a finish record for every task (asked every 20 ms), so each run is claimed once across the
 * nodes, started, finished and recorded: a run and a finish record each, committed.
 */
final class SharedRunRate {
    private SharedRunRate() {
    }

    static RunRate run(Database server, int nodes, int tasks, int threads, Duration startUp) throws Exception {
        Database.Db db = server.fresh("kairos_runs_" + nodes);
        DataSource ds = db.plain();
        try (PostgresTaskLog schema = PostgresTaskLog.builder(ds).migrate(true).build()) {
            schema.replay(ZoneOffset.UTC, r -> { }); // creates the tables before the nodes race to
        }
        Instant due = DueInstant.after(startUp);
        try (Nodes n = Nodes.start(nodes, "kairos-", KairosNode.class, List.of(db.url(), Integer.toString(tasks),
                Integer.toString(threads), DueInstant.condition(due)))) {
            n.awaitReady(startUp.plusSeconds(60));
            if (!Instant.now().isBefore(due)) {
                throw new IllegalStateException("the Kairos nodes were ready only after the due instant " + due
                        + ": their start-up took longer than " + startUp);
            }
            Instant done = Sql.awaitCount(ds, "select count(*) from kairos_log where action <> 'run'", c -> c >= tasks,
                    Duration.ofMinutes(3));
            List<Long> ran = n.stop();
            long runRecords = Sql.count(ds, "select count(*) from kairos_log where action = 'run'");
            if (runRecords != tasks) {
                System.err.println("pg.runs: " + runRecords + " run records for " + tasks + " daily tasks");
            }
            return new RunRate(nodes, tasks, due, done, ran);
        }
    }
}
