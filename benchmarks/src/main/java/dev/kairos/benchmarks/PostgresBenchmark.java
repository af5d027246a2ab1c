package dev.kairos.benchmarks;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The PostgreSQL benchmark: the shared task log of {@code kairos-postgres}, with db-scheduler beside
 * it as the reference, on one PostgreSQL server that it starts itself from the embedded binaries
 * (in a temporary directory, deleted at the end), a fresh database for each figure. Prints one line
 * a figure, {@code kairos-bench pg.<figure> ...} for Kairos and {@code kairos-bench
 * db-scheduler.<figure> ...} for the reference. Not a test: it asserts nothing and takes about half an
 * hour on 2 cores, twenty minutes of it the rate figures' rounds.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar dev.kairos.benchmarks.PostgresBenchmark [figure ...]</pre>
 *
 * where a figure is {@code runs}, {@code lateness}, {@code propagation} or {@code startup}; none
 * means all of them. {@code -Dkairos.bench.pg.runs=20000} sets the runs of the rate figures,
 * {@code -Dkairos.bench.pg.rounds=5} the rounds of the rate figures (the first cold, the last three warm),
 * {@code -Dkairos.bench.pg.nodes=3} the node counts of the rate figures ({@code 1,3} unless told),
 * {@code -Dkairos.bench.pg.kairosOnly=true} leaves db-scheduler out of them and of the lateness,
 * {@code -Dkairos.bench.pg.fsync=off} and {@code -Dkairos.bench.pg.synchronousCommit=off} the
 * server's settings of those names (PostgreSQL's defaults, {@code on}, unless told).
 */
public final class PostgresBenchmark {
    private static final List<String> ALL = List.of("runs", "lateness", "propagation", "startup");
    /** Pool threads of each node in the rate figures, Kairos and db-scheduler alike (db-scheduler's default). */
    private static final int THREADS = 10;
    /** db-scheduler's polling interval: short, for its best rate and lateness. */
    private static final int POLL_MILLIS = 100;
    /** db-scheduler's polling strategies measured; none with {@code -Dkairos.bench.pg.kairosOnly=true}. */
    private static final List<String> POLLING = Boolean.getBoolean("kairos.bench.pg.kairosOnly") ? List.of()
            : List.of("fetch", "lock-and-fetch");
    private static final int LATE_TASKS = 100;
    private static final Duration WARM_UP = Duration.ofSeconds(3);
    private static final Duration LATE_LENGTH = Duration.ofSeconds(52);

    private PostgresBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("slf4j.internal.verbosity", "ERROR"); // no backend here; say nothing about it
        Set<String> figures = new LinkedHashSet<>(args.length == 0 ? ALL : List.of(args));
        for (String f : figures) {
            if (!ALL.contains(f)) {
                System.err.println("unknown figure '" + f + "'; known: " + String.join(", ", ALL));
                System.exit(2);
            }
        }
        int runs = Integer.getInteger("kairos.bench.pg.runs", 20_000);
        int rounds = Integer.getInteger("kairos.bench.pg.rounds", 5);
        if (rounds < 1) {
            System.err.println("kairos.bench.pg.rounds must be at least 1, was " + rounds);
            System.exit(2);
        }
        try (Database server = Database.start(System.getProperty("kairos.bench.pg.fsync", "on"),
                System.getProperty("kairos.bench.pg.synchronousCommit", "on"))) {
            System.out.println("kairos-bench pg.server " + server.describe() + Report.f(" java=%s cores=%d",
                    System.getProperty("java.version"), Runtime.getRuntime().availableProcessors()));
            if (figures.contains("runs")) {
                for (String nodes : System.getProperty("kairos.bench.pg.nodes", "1,3").split(",")) {
                    rates(server, Integer.parseInt(nodes.strip()), runs, rounds);
                }
            }
            if (figures.contains("lateness")) {
                lateness(server);
            }
            if (figures.contains("propagation")) {
                Propagation.Result p = Propagation.run(server, 100, 1_000);
                Report.line("pg.propagation", Report.f("readers=%d %s write_p50_ms=%.3f write_p99_ms=%.3f",
                        Propagation.READERS, p.reach().values(), p.write().p50Millis(), p.write().p99Millis()),
                        "p99<50ms", p.reach().p99Millis() < 50);
            }
            if (figures.contains("startup")) {
                SharedStartUp.Result s = SharedStartUp.run(server, 1_000, 1_000_000);
                Report.line("pg.startup", s.values(), "<3s", s.seconds() < 3);
            }
        }
    }

    /**
     * db-scheduler's rates with each polling strategy, then Kairos's: each round on a line, then
     * Kairos's cold round and its warm rate (the median of the last rounds, see {@link #warm}) each
     * against db-scheduler's best strategy.
     */
    private static void rates(Database server, int nodes, int runs, int rounds) throws Exception {
        long bestCold = 0;
        long bestWarm = 0;
        for (String polling : POLLING) {
            List<RunRate> r = DbSchedulerRunRate.run(server, nodes, runs, THREADS, POLL_MILLIS, polling, rounds);
            for (RunRate round : r) {
                Report.line("db-scheduler.runs", round.values() + Report.f(" threads=%d poll_ms=%d polling=%s",
                        THREADS, POLL_MILLIS, polling), null, false);
            }
            bestCold = Math.max(bestCold, r.get(0).perSecond());
            bestWarm = rounds > 1 ? Math.max(bestWarm, warm(r)) : 0; // one round is the cold one only
        }
        List<RunRate> k = SharedRunRate.run(server, nodes, runs, THREADS, rounds, Duration.ofSeconds(nodes == 1 ? 8 : 15));
        for (RunRate round : k) {
            Report.line("pg.runs", round.values() + Report.f(" threads=%d records_per_s=%d", THREADS,
                    2 * round.perSecond()), null, false);
        }
        Report.line("pg.runs.cold", Report.f("nodes=%d runs_per_s=%d", nodes, k.get(0).perSecond()),
                ">" + bestCold + "/s (db-scheduler's best cold round)", k.get(0).perSecond() > bestCold);
        if (rounds > 1) {
            Report.line("pg.runs.warm", Report.f("nodes=%d runs_per_s=%d rounds=%d-%d", nodes, warm(k),
                    Math.max(1, rounds - 3), rounds - 1), ">" + bestWarm + "/s (db-scheduler's best, same rounds)",
                    warm(k) > bestWarm);
        }
    }

    /** The warm rate: the median of the last three rounds after the first (of those there are). */
    static long warm(List<RunRate> rounds) {
        List<Long> rates = rounds.subList(Math.max(1, rounds.size() - 3), rounds.size()).stream()
                .map(RunRate::perSecond).toList();
        return Report.quantile(rates, 0.5);
    }

    private static void lateness(Database server) throws Exception {
        Latencies k = SharedLateness.run(server, LATE_TASKS, WARM_UP, LATE_LENGTH);
        Report.line("pg.lateness", Report.f("tasks=%d threads=%d ", LATE_TASKS, LATE_TASKS) + k.values(), "p99<50ms",
                k.p99Millis() < 50);
        for (String polling : POLLING) {
            Latencies d = DbSchedulerLateness.run(server, LATE_TASKS, POLL_MILLIS, polling, WARM_UP, LATE_LENGTH);
            Report.line("db-scheduler.lateness", Report.f("tasks=%d threads=%d poll_ms=%d polling=%s ", LATE_TASKS,
                    LATE_TASKS, POLL_MILLIS, polling) + d.values(), "p99<50ms", d.p99Millis() < 50);
        }
    }
}
