package dev.kairos.benchmarks;

import dev.kairos.condition.Action;
import dev.kairos.log.LogRecord;
import dev.kairos.postgres.PostgresTaskLog;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * Figure 3: how soon a record one node writes reaches the others, measured on the logs themselves
 * (no session): three {@link PostgresTaskLog}s in this JVM on one fresh database, as three nodes
 * have them. The writer writes a run and its success in one {@code write} (one transaction, as a
 * pass does); a sample is the time from that call's return (committed) until the later of the two
 * readers calls its {@code wake} with the records in hand (its reader thread, woken by the
 * notification, has read them), which is when a session's loop would be woken to take them in at
 * its next pass. One record pair at a time, 10 ms apart, so each reader waits for a notification.
 */
final class Propagation {
    static final int READERS = 2;

    private Propagation() {
    }

    /** The samples of reaching every other node, and those of the write itself. */
    record Result(Latencies reach, Latencies write) {
    }

    static Result run(Database server, int warmUps, int samples) throws Exception {
        DataSource ds = server.fresh("kairos_propagation").plain();
        Latencies reach = new Latencies();
        Latencies write = new Latencies();
        List<Reader> readers = new ArrayList<>();
        try (PostgresTaskLog writer = PostgresTaskLog.builder(ds).node("writer").migrate(true).build()) {
            writer.replay(ZoneOffset.UTC, r -> { });
            writer.open(() -> { });
            for (int i = 0; i < READERS; i++) {
                readers.add(new Reader(PostgresTaskLog.builder(ds).node("reader-" + i).build()));
            }
            for (int i = 0; i < warmUps + samples; i++) {
                if (i == warmUps) {
                    reach.start();
                    write.start();
                }
                Thread.sleep(10);
                String runId = writer.nextRunId();
                Instant now = Instant.now();
                List<LogRecord> pair = List.of(LogRecord.started("x", runId, now),
                        LogRecord.finished("x", runId, Action.SUCCESS, now, now, "", null));
                readers.forEach(Reader::clear);
                long t0 = System.nanoTime();
                Set<LogRecord> refused = writer.write(pair);
                long committed = System.nanoTime();
                if (!refused.isEmpty()) {
                    throw new IllegalStateException("the writer's records were refused: " + refused);
                }
                long last = committed;
                for (Reader r : readers) {
                    last = Math.max(last, r.awaitRun(runId));
                }
                write.add(Duration.ofNanos(committed - t0));
                reach.add(Duration.ofNanos(last - committed));
            }
        } finally {
            readers.forEach(r -> r.log.close());
        }
        return new Result(reach, write);
    }

    /** A reader node's log, and when it last woke. */
    private static final class Reader {
        final PostgresTaskLog log;
        final Semaphore woke = new Semaphore(0);
        volatile long wokeAt;

        Reader(PostgresTaskLog log) throws Exception {
            this.log = log;
            log.replay(ZoneOffset.UTC, r -> { });
            log.open(() -> {
                wokeAt = System.nanoTime();
                woke.release();
            });
        }

        void clear() {
            log.poll();
            woke.drainPermits();
        }

        /** When this reader was woken with the finish of {@code runId} among its records. */
        long awaitRun(String runId) throws InterruptedException {
            while (true) {
                if (!woke.tryAcquire(10, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("the record of run " + runId + " did not reach a reader in 10 s");
                }
                long at = wokeAt;
                for (LogRecord r : log.poll()) {
                    if (runId.equals(r.runId()) && r.action() == Action.SUCCESS) {
                        return at;
                    }
                }
            }
        }
    }
}
