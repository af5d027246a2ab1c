package dev.kairos.bench;

import dev.kairos.Session;
import dev.kairos.SessionHandle;
import dev.kairos.SessionListener;
import dev.kairos.log.LogRecord;
import dev.kairos.task.Execution;
import dev.kairos.task.TaskDefinition;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Measures a real session (system clock, CSV log in a temporary directory): idle CPU with 10,000
 * tasks none due, lateness of due thread tasks, and launches per second of trivial tasks. Not a
 * test (no assertion, about two minutes). From the reactor root:
 *
 * <pre>
 * mvn -B -q install -DskipTests
 * mvn -B -q -pl scheduler-core dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp scheduler-core/target/test-classes:scheduler-core/target/classes:$(cat scheduler-core/target/cp.txt) \
 *     dev.kairos.bench.SessionMeasurements [idle|lateness [tasks seconds]|throughput]
 * </pre>
 */
public final class SessionMeasurements {
    private SessionMeasurements() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("kairos-measure");
        String what = args.length > 0 ? args[0] : "all";
        if (what.equals("idle") || what.equals("all")) {
            idleCpu(dir.resolve("idle.csv"), 10_000, Duration.ofSeconds(20));
        }
        if (what.equals("lateness") || what.equals("all")) {
            int tasks = args.length > 2 ? Integer.parseInt(args[1]) : 8;
            int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 60;
            lateness(dir.resolve("late.csv"), tasks, Duration.ofSeconds(seconds));
        }
        if (what.equals("throughput") || what.equals("all")) {
            throughput(dir.resolve("thread.csv"), Execution.THREAD, 1_000, Duration.ofSeconds(10));
            throughput(dir.resolve("main.csv"), Execution.MAIN, 1_000, Duration.ofSeconds(10));
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    static void idleCpu(Path log, int tasks, Duration window) throws Exception {
        LocalTime from = LocalTime.now(ZoneOffset.UTC).plusHours(3).truncatedTo(ChronoUnit.MINUTES);
        DateTimeFormatter hm = DateTimeFormatter.ofPattern("HH:mm");
        var b = Session.builder().zone(ZoneOffset.UTC).taskLog(log);
        for (int i = 0; i < tasks; i++) {
            String start = i % 2 == 0 ? "daily between " + from.format(hm) + " and " + from.plusHours(1).format(hm)
                    : "after task 't0' succeeded";
            b.task(TaskDefinition.builder("t" + i).start(start).body(ctx -> null).build());
        }
        try (SessionHandle h = b.build().startInBackground()) {
            Thread.sleep(2_000); // let the first pass and JIT settle
            long cpu0 = processCpuNanos();
            long wall0 = System.nanoTime();
            Thread.sleep(window.toMillis());
            double cpu = (processCpuNanos() - cpu0) / (double) (System.nanoTime() - wall0);
            System.out.printf("idle: %d tasks, none due, %ds: process CPU %.3f%% of one core%n", tasks,
                    window.toSeconds(), cpu * 100);
        }
    }

    static void lateness(Path log, int tasks, Duration length) throws Exception {
        List<Long> late = Collections.synchronizedList(new ArrayList<>());
        List<Long> passLate = Collections.synchronizedList(new ArrayList<>());
        List<Long> commitLate = Collections.synchronizedList(new ArrayList<>());
        Clock clock = Clock.systemUTC();
        var b = Session.builder().zone(ZoneOffset.UTC).taskLog(log).threads(tasks).defaultExecution(Execution.THREAD)
                .listener(new SessionListener() {
                    @Override
                    public void runStarted(LogRecord r) {
                        Instant c = r.created();
                        passLate.add(Duration.between(c.truncatedTo(ChronoUnit.SECONDS), c).toNanos());
                        Instant w = Instant.now();
                        commitLate.add(Duration.between(c, w).toNanos());
                    }
                });
        for (int i = 0; i < tasks; i++) {
            b.task(TaskDefinition.builder("s" + i).start("secondly").body(ctx -> {
                Instant now = clock.instant();
                late.add(Duration.between(now.truncatedTo(ChronoUnit.SECONDS), now).toNanos());
                return null;
            }).build());
        }
        try (SessionHandle h = b.build().startInBackground()) {
            Thread.sleep(2_000);
            late.clear();
            passLate.clear();
            commitLate.clear();
            Thread.sleep(length.toMillis());
        }
        List<Long> passes = new ArrayList<>(passLate);
        Collections.sort(passes);
        List<Long> commits = new ArrayList<>(commitLate);
        Collections.sort(commits);
        System.out.printf("  (the pass that launched them began p50 %.3f ms, p99 %.3f ms after the instant; "
                + "their records were written p50 %.3f ms, p99 %.3f ms after that)%n",
                pct(passes, 0.5), pct(passes, 0.99), pct(commits, 0.5), pct(commits, 0.99));
        List<Long> sorted = new ArrayList<>(late);
        Collections.sort(sorted);
        System.out.printf("lateness: %d thread tasks 'secondly', %d starts: p50 %.3f ms, p99 %.3f ms, max %.3f ms%n",
                tasks, sorted.size(), pct(sorted, 0.50), pct(sorted, 0.99), sorted.get(sorted.size() - 1) / 1e6);
    }

    private static double pct(List<Long> sorted, double p) {
        return sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(p * sorted.size()) - 1)) / 1e6;
    }

    static void throughput(Path log, Execution execution, int tasks, Duration length) throws Exception {
        AtomicLong started = new AtomicLong();
        var b = Session.builder().zone(ZoneOffset.UTC).taskLog(log).threads(4).defaultExecution(execution)
                .listener(new SessionListener() {
                    @Override
                    public void runStarted(LogRecord record) {
                        started.incrementAndGet();
                    }
                });
        for (int i = 0; i < tasks; i++) {
            b.task(TaskDefinition.builder("q" + i).start("true").body(ctx -> null).build());
        }
        try (SessionHandle h = b.build().startInBackground()) {
            Thread.sleep(2_000);
            long n0 = started.get();
            long t0 = System.nanoTime();
            Thread.sleep(length.toMillis());
            long n = started.get() - n0;
            double s = (System.nanoTime() - t0) / 1e9;
            System.out.printf("throughput: %d trivial %s tasks 'true', CSV log: %.0f launches/s (%d in %.1f s; "
                    + "log %d MB)%n", tasks, execution, n / s, n, s, Files.size(log) >> 20);
        }
    }
}
