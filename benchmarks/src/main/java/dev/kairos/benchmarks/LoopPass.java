package dev.kairos.benchmarks;

import dev.kairos.Session;
import dev.kairos.SessionBuilder;
import dev.kairos.task.TaskDefinition;
import dev.kairos.testing.ManualClock;
import dev.kairos.testing.SessionHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Figure 1: the cost of a loop pass over N tasks with nothing due, on a session with the CSV log
 * (stepped with the shipped harness, so the clock is manual and no sleep is measured).
 *
 * <p>The loop is event-driven: a normal pass looks only at the tasks whose wake instant has come or
 * that an event touched, so with nothing due it looks at none and its cost does not depend on N
 * ({@code pass.idle}, per pass). A full pass ({@code pass.full}) looks at every task: each is touched
 * by an event (here each task is enabled again, as a parameter read by every condition or a restart
 * of the session would touch them all), its start condition is tested and its next change computed;
 * that is the per-task cost the target is about. Before measuring, every task has a run that makes its
 * condition false at 13:00 UTC. Each size runs in a JVM of its own ({@link SessionBenchmark}) and
 * is warmed up with the same work: five million task looks from 1,000 tasks up, 5,000 passes below.
 */
final class LoopPass {
    static final String[] STARTS = {Conditions.PERIODIC, Conditions.DEPENDENCY, Conditions.WINDOW};

    private LoopPass() {
    }

    static void run(Path dir, int n) throws Exception {
        Instant now = Instant.parse("2024-03-15T13:00:00Z");
        Path log = dir.resolve("pass-" + n + ".csv");
        Logs.write(log, ZoneOffset.UTC, n, 2L * n, now);
        SessionBuilder b = Session.builder().clock(ManualClock.at(now)).zone(ZoneOffset.UTC).taskLog(log);
        for (int i = 0; i < n; i++) {
            b.task(TaskDefinition.builder("t" + i).start(STARTS[i % 3]).body(ctx -> null).build());
        }
        try (SessionHarness h = SessionHarness.start(b)) {
            h.step();
            long size = Files.size(log);
            int full = (int) Math.max(200, Math.min(20_000, 20_000_000L / n));
            measureFull(h, n, full / 4); // warm-up
            double perTask = measureFull(h, n, full) / n;
            int idle = 200_000;
            measureIdle(h, idle / 4);
            double perPass = measureIdle(h, idle);
            if (Files.size(log) != size) {
                throw new IllegalStateException("a task ran during the pass benchmark: the set-up is wrong");
            }
            Report.line("pass.full", Report.f("tasks=%d ns_per_task=%.1f passes=%d", n, perTask, full),
                    "<=300ns/task", perTask <= 300);
            Report.line("pass.idle", Report.f("tasks=%d ns_per_pass=%.1f passes=%d", n, perPass, idle),
                    "<1000ns/pass", perPass < 1000);
        }
    }

    /** Nanoseconds per pass in which every task is looked at (an event touched each). */
    private static double measureFull(SessionHarness h, int n, int passes) {
        String[] names = h.session().taskNames().toArray(String[]::new);
        long total = 0;
        for (int i = 0; i < passes; i++) {
            for (String name : names) {
                h.session().setEnabled(name, true);
            }
            h.clock().advance(Duration.ofMillis(1));
            long t0 = System.nanoTime();
            h.step();
            total += System.nanoTime() - t0;
        }
        return total / (double) passes;
    }

    /** Nanoseconds per pass with nothing touched and nothing due, the clock moving a microsecond a pass. */
    private static double measureIdle(SessionHarness h, int passes) {
        long t0 = System.nanoTime();
        for (int i = 0; i < passes; i++) {
            h.clock().advance(Duration.ofNanos(1_000));
            h.step();
        }
        return (System.nanoTime() - t0) / (double) passes;
    }
}
