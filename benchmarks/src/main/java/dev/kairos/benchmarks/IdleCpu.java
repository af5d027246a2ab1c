package dev.kairos.benchmarks;

import dev.kairos.Session;
import dev.kairos.SessionHandle;
import dev.kairos.task.TaskDefinition;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Figure 3: process CPU seconds per wall second of an idle session (system clock, CSV log) with
 * 10,000 tasks none due, over 20 s, after 2 s to settle. The tasks carry the conditions of figure 1;
 * the session's zone is chosen so that it is 13:00 there, and the log says every task ran two
 * minutes ago, so none is due for eight minutes.
 */
final class IdleCpu {
    private IdleCpu() {
    }

    static void run(Path dir, int tasks, Duration window) throws Exception {
        Instant now = Clock.systemUTC().instant();
        int secondsOfDay = LocalTime.ofInstant(now, ZoneOffset.UTC).toSecondOfDay();
        int offset = Math.floorMod(13 * 3600 - secondsOfDay + 12 * 3600, 24 * 3600) - 12 * 3600;
        ZoneOffset zone = ZoneOffset.ofTotalSeconds((offset / 60) * 60);
        Path log = dir.resolve("idle.csv");
        Logs.write(log, zone, tasks, 2L * tasks, now.truncatedTo(ChronoUnit.MILLIS));
        var b = Session.builder().zone(zone).taskLog(log);
        for (int i = 0; i < tasks; i++) {
            b.task(TaskDefinition.builder("t" + i).start(LoopPass.STARTS[i % 3]).body(ctx -> null).build());
        }
        try (SessionHandle h = b.build().startInBackground()) {
            Thread.sleep(2_000);
            long cpu0 = cpuNanos();
            long wall0 = System.nanoTime();
            Thread.sleep(window.toMillis());
            double ratio = (cpuNanos() - cpu0) / (double) (System.nanoTime() - wall0);
            Report.line("idle.cpu", Report.f("tasks=%d seconds=%d cpu_s_per_s=%.5f zone=%s", tasks,
                    window.toSeconds(), ratio, zone), "<0.01", ratio < 0.01);
        }
    }

    static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
