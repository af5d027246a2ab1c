package dev.kairos.benchmarks;

import dev.kairos.Session;
import dev.kairos.SessionHandle;
import dev.kairos.task.TaskDefinition;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;

/**
 * Figure 3: CPU time per wall second of the threads of an idle session (system clock, CSV log) with
 * 10,000 tasks none due, over 20 s, after 2 s to settle: the session's own threads (named
 * {@code kairos-…}), read with nanosecond resolution from the thread MX bean, as a user would see
 * them beside the rest of the application; the whole process is reported too
 * ({@code process_ms_per_s}, the JVM's own threads included, at 10 ms resolution). The tasks carry the conditions of figure 1;
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
            Map<Long, Long> threads0 = threadCpu("kairos");
            long cpu0 = cpuNanos();
            long wall0 = System.nanoTime();
            Thread.sleep(window.toMillis());
            Map<Long, Long> threads1 = threadCpu("kairos");
            double wallSeconds = (System.nanoTime() - wall0) / 1e9;
            double process = (cpuNanos() - cpu0) / 1e6 / wallSeconds;
            long session = 0;
            for (Map.Entry<Long, Long> t : threads1.entrySet()) {
                session += t.getValue() - threads0.getOrDefault(t.getKey(), 0L);
            }
            double perSecond = session / 1e6 / wallSeconds;
            Report.line("idle.cpu", Report.f("tasks=%d seconds=%d session_ms_per_s=%.4f threads=%d "
                    + "process_ms_per_s=%.2f zone=%s", tasks, window.toSeconds(), perSecond, threads1.size(),
                    process, zone) + Peers.compare(dir, "quartz.idle.ms_per_s", perSecond), "<0.1ms/s", perSecond < 0.1);
        }
    }

    /** CPU nanoseconds of each live thread whose name starts with {@code prefix}, by thread id. */
    static Map<Long, Long> threadCpu(String prefix) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        Map<Long, Long> cpu = new HashMap<>();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            long nanos = t.getName().startsWith(prefix) ? mx.getThreadCpuTime(t.getId()) : -1;
            if (nanos >= 0) {
                cpu.put(t.getId(), nanos);
            }
        }
        return cpu;
    }

    static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
