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
 * session (system clock, CSV log, default pool of 4 threads) with 10,000 tasks {@code daily} and
 * an empty log, so all are due at its first pass; the rate is 10,000 over the time from the start of
 * the session until the last of them has finished and been recorded. The first rounds warm the JIT
 * (each is a new session of 10,000 tasks, so the loop's code is cold for several); the median of
 * the others is reported, and every round's rate is printed.
 */
final class LaunchRate {
    private LaunchRate() {
    }

    static void run(Path dir, Execution execution, int tasks, int warmUps, int rounds) throws Exception {
        List<Long> rates = new ArrayList<>();
        for (int round = 0; round < warmUps + rounds; round++) {
            CountDownLatch finished = new CountDownLatch(tasks);
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
            long t0 = System.nanoTime();
            try (SessionHandle h = s.startInBackground()) {
                if (!finished.await(120, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("the launches did not finish in 2 minutes");
                }
                long elapsed = System.nanoTime() - t0;
                rates.add(Math.round(tasks / (elapsed / 1e9)));
            }
        }
        List<Long> measured = rates.subList(warmUps, rates.size());
        long median = Report.quantile(measured, 0.5);
        Report.line("launch." + execution.name().toLowerCase(java.util.Locale.ROOT), Report.f(
                "tasks=%d per_s=%d rounds=%d all_rounds=%s", tasks, median, measured.size(), rates),
                ">50000/s", median > 50_000);
    }
}
