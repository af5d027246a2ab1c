package dev.kairos.benchmarks;

import dev.kairos.Session;
import dev.kairos.SessionHandle;
import dev.kairos.task.TaskDefinition;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Figure 5: session start-up time (build the session, read the CSV log into the status cache, up to
 * the first pass) and the heap it holds after start, for a log of R records over T tasks. The heap
 * figure is the used heap after a full GC with the session running, minus the same before the
 * session was built.
 */
final class StartUp {
    private StartUp() {
    }

    static void run(Path dir, int tasks, long records) throws Exception {
        Instant now = Instant.now();
        Path log = dir.resolve("startup-" + tasks + "-" + records + ".csv");
        Logs.write(log, ZoneOffset.UTC, tasks, records, now);
        var b = Session.builder().zone(ZoneOffset.UTC).taskLog(log);
        for (int i = 0; i < tasks; i++) {
            b.task(TaskDefinition.builder("t" + i).start(LoopPass.STARTS[i % 3]).body(ctx -> null).build());
        }
        long before = usedAfterGc();
        long t0 = System.nanoTime();
        Session s = b.build();
        try (SessionHandle h = s.startInBackground()) {
            double seconds = (System.nanoTime() - t0) / 1e9;
            long heap = usedAfterGc() - before;
            Report.line("startup", Report.f("tasks=%d records=%d log_mb=%d seconds=%.3f heap_mb=%.1f", tasks, records,
                    Files.size(log) >> 20, seconds, heap / 1048576.0), "<3s", seconds < 3);
        }
        Files.delete(log);
    }

    static long usedAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
