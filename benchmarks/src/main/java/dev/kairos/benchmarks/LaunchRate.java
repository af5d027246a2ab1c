package dev.kairos.benchmarks;

import dev.kairos.Session;
import dev.kairos.SessionHandle;
import dev.kairos.SessionListener;
import dev.kairos.log.LogRecord;
import dev.kairos.task.Execution;
import dev.kairos.task.TaskDefinition;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Figure 2: trivial tasks launched per second when 10,000 are due at once. Each round is a fresh
 * session (system clock, CSV log, default pool of 10 threads) with 10,000 tasks {@code daily} and
 * an empty log, so all are due at its first pass. A round is timed from the first task definition
 * (its condition parsed) to the record of the last finish; the build (definitions and
 * {@code build()}, where the conditions are parsed and bound) is also reported apart
 * ({@code build_ms}), and so is the rate of the launches alone ({@code launch_per_s}: from the start
 * of the session, as a peer's figure is from the start of its scheduler). Round 0 runs in a JVM that
 * has done nothing else, all its code cold, as a service's first burst does: it is reported apart
 * ({@code .cold}); the median of the rounds after ten warm-up rounds is {@code per_s}. Every
 * round's rate is printed.
 */
final class LaunchRate {
    static final int WARM_UPS = 10;

    private LaunchRate() {
    }

    static void run(Path dir, Execution execution, int tasks, int rounds) throws Exception {
        List<Long> rates = new ArrayList<>();
        List<Long> launchRates = new ArrayList<>();
        List<Long> builds = new ArrayList<>();
        for (int round = 0; round < WARM_UPS + rounds; round++) {
            CountDownLatch finished = new CountDownLatch(tasks);
            long t0 = System.nanoTime();
            var b = Session.builder().zone(ZoneOffset.UTC).taskLog(dir.resolve("launch-" + execution + round + ".csv"))
                    .defaultExecution(execution).listener(new SessionListener() {
                        @Override
                        public void runFinished(LogRecord record) {
                            finished.countDown();
                        }
                    });
            for (int i = 0; i < tasks; i++) {
                b.task(TaskDefinition.builder("d" + i).start("daily").body(ctx -> null).build());
            }
            Session s = b.build();
            long t1 = System.nanoTime();
            try (SessionHandle h = s.startInBackground()) {
                if (!finished.await(120, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("the launches did not finish in 2 minutes");
                }
                long t2 = System.nanoTime();
                rates.add(Math.round(tasks / ((t2 - t0) / 1e9)));
                launchRates.add(Math.round(tasks / ((t2 - t1) / 1e9)));
                builds.add(t1 - t0);
            }
        }
        String name = "launch." + execution.name().toLowerCase(java.util.Locale.ROOT);
        long median = Report.quantile(rates.subList(WARM_UPS, rates.size()), 0.5);
        long launchMedian = Report.quantile(launchRates.subList(WARM_UPS, rates.size()), 0.5);
        long buildMedian = Report.quantile(builds.subList(WARM_UPS, rates.size()), 0.5);
        boolean thread = execution == Execution.THREAD;
        String peer = "quartz.launch." + (thread ? "batched" : "defaults");
        Double quartz = Peers.get(dir, peer + ".per_s");
        Report.line(name, Report.f("tasks=%d per_s=%d launch_per_s=%d build_ms=%.1f rounds=%d all_rounds=%s",
                tasks, median, launchMedian, buildMedian / 1e6, rounds, rates) + Peers.compare(dir, peer + ".per_s",
                median), thread ? ">=150000/s and >=2x Quartz batched" : ">50000/s",
                thread ? median >= 150_000 && (quartz == null || median >= 2 * quartz) : median > 50_000);
        Report.line(name + ".cold", Report.f("tasks=%d cold_per_s=%d launch_per_s=%d build_ms=%.1f", tasks,
                rates.get(0), launchRates.get(0), builds.get(0) / 1e6) + Peers.compare(dir, peer + ".cold_per_s",
                rates.get(0)), thread ? ">=50000/s" : null, rates.get(0) >= 50_000);
    }
}
