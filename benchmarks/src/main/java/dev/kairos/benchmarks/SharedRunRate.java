package dev.kairos.benchmarks;

import dev.kairos.condition.Action;
import dev.kairos.log.LogRecord;
import dev.kairos.log.LogTail;
import dev.kairos.postgres.PostgresTaskLog;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Figure 1: trivial THREAD runs per second on the PostgreSQL log, with 1 and with 3 nodes, each a
 * JVM of its own ({@link KairosNode}) with {@code threads} pool threads and the same {@code tasks}
 * tasks {@code cron * * * * * & time of day after HH:MM}, on a fresh database, in {@code rounds}
 * rounds: every task is due at each whole minute from HH:MM on, so a round is a minute's runs, the first while the nodes' JIT compilers still
 * work on what the runs use (cold), the last as a service that has been up for a while runs them
 * (warm). A round's figure is the time from its minute until the database holds a finish record for
 * each of its runs, so each run is claimed once across the nodes, started, finished and recorded: a
 * run and a finish record each, committed. The records are counted as they come by a tail of the log
 * ({@link PostgresTaskLog#follow}, asked every 20 ms), which reads each row once: a {@code count(*)}
 * of the whole table every 20 ms would cost the server more than a node does.
 */
final class SharedRunRate {
    private static final Duration ROUND = Duration.ofMinutes(1);
    /** Longer than the server's statistics trail a busy session (see {@link Sql#transactions}). */
    static final Duration STILL = Duration.ofSeconds(1);

    private SharedRunRate() {
    }

    /** Each round's figure, in order. */
    static List<RunRate> run(Database server, int nodes, int tasks, int threads, int rounds, Duration startUp)
            throws Exception {
        Database.Db db = server.fresh("kairos_runs_" + nodes);
        DataSource ds = db.plain();
        try (PostgresTaskLog schema = PostgresTaskLog.builder(ds).migrate(true).build()) {
            schema.replay(ZoneOffset.UTC, r -> { }); // creates the tables before the nodes race to
        }
        Instant first = Instant.now().plus(startUp).truncatedTo(ChronoUnit.MINUTES).plus(ROUND);
        Instant last = first.plus(ROUND.multipliedBy(rounds));
        if (last.truncatedTo(ChronoUnit.DAYS).isAfter(first)) { // the rounds would cross midnight UTC: start after it
            first = last.truncatedTo(ChronoUnit.DAYS).plus(ROUND);
            Thread.sleep(Math.max(0, Duration.between(Instant.now(), first.minus(startUp)).toMillis()));
        }
        String start = "cron * * * * * & time of day after " + LocalTime.ofInstant(first, ZoneOffset.UTC)
                .format(DateTimeFormatter.ofPattern("HH:mm"));
        try (PostgresTaskLog log = PostgresTaskLog.builder(ds).build(); LogTail tail = log.follow(ZoneOffset.UTC);
                Nodes n = Nodes.start(nodes, "kairos-", KairosNode.class, List.of(db.url(), Integer.toString(tasks),
                Integer.toString(threads), start))) {
            n.awaitReady(startUp.plusSeconds(60));
            if (!Instant.now().isBefore(first)) {
                throw new IllegalStateException("the Kairos nodes were ready only after the first round's minute "
                        + first + ": their start-up took longer than " + startUp);
            }
            List<RunRate> out = new ArrayList<>();
            List<Long> before = List.of();
            long[] finishes = {0};
            for (int round = 0; round < rounds; round++) {
                Instant due = first.plus(ROUND.multipliedBy(round));
                long all = (long) tasks * (round + 1);
                Thread.sleep(Math.max(0, Duration.between(Instant.now(), due.minus(STILL)).toMillis()));
                long transactions = Sql.transactions(ds); // the nodes have been idle since the last round
                Thread.sleep(Math.max(0, Duration.between(Instant.now(), due).toMillis()));
                ProcessCpu.Reading cpu = ProcessCpu.read(n.pids());
                Instant done = awaitFinishes(tail, finishes, all, Duration.ofMinutes(3));
                cpu = ProcessCpu.read(n.pids()).minus(cpu);
                if (!done.isBefore(due.plus(ROUND))) {
                    throw new IllegalStateException("round " + round + " ended only after the next was due: " + done);
                }
                Thread.sleep(STILL.toMillis());
                transactions = Sql.transactions(ds) - transactions;
                List<Long> counts = n.counts();
                out.add(new RunRate(nodes, tasks, due, done, minus(counts, before), round, cpu, transactions));
                before = counts;
                long runs = Sql.count(ds, "select count(*) from kairos_log where action = 'run' and start_at >= '"
                        + due + "' and start_at < '" + due.plus(ROUND) + "'");
                if (runs != tasks) {
                    System.err.println("pg.runs: " + runs + " run records in round " + round + " for " + tasks
                            + " tasks due once a minute");
                }
            }
            n.stop();
            return out;
        }
    }

    /** Counts the finish records the tail gives, every 20 ms, until there are {@code all}; the instant they were. */
    private static Instant awaitFinishes(LogTail tail, long[] finishes, long all, Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            for (LogRecord r : tail.poll().records()) {
                if (r.action() != Action.RUN) {
                    finishes[0]++;
                }
            }
            if (finishes[0] >= all) {
                return Instant.now();
            }
            if (System.nanoTime() - deadline > 0) {
                throw new IllegalStateException(finishes[0] + " finish records after " + limit + ", not " + all);
            }
            Thread.sleep(20);
        }
    }

    /** How many each node ran since {@code before} (empty: since it started). */
    static List<Long> minus(List<Long> counts, List<Long> before) {
        List<Long> out = new ArrayList<>();
        for (int i = 0; i < counts.size(); i++) {
            out.add(counts.get(i) - (before.isEmpty() ? 0 : before.get(i)));
        }
        return out;
    }
}
