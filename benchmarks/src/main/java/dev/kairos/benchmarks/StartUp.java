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
 * Figure 5: session start-up, in a JVM that has done nothing but write the log ({@link
 * SessionBenchmark} starts one for each size): from the first task definition to the end of the
 * session's first pass (definitions and conditions, the CSV log read into the status cache, the
 * first pass over every task), for a log of R records over T tasks; and the heap the session holds,
 * the used heap after a full GC with the session running, minus the same before the definitions
 * were made (so definitions count). The end of the first pass is seen by asking the session thread
 * a question twice: it answers between passes, and the session thread starts only after the log is
 * read, so the second answer comes after the first pass.
 */
final class StartUp {
    private StartUp() {
    }

    static void run(Path dir, int tasks, long records) throws Exception {
        Instant now = Instant.now();
        Path log = dir.resolve("startup-" + tasks + "-" + records + ".csv");
        Logs.write(log, ZoneOffset.UTC, tasks, records, now);
        long before = usedAfterGc();
        long t0 = System.nanoTime();
        var b = Session.builder().zone(ZoneOffset.UTC).taskLog(log);
        for (int i = 0; i < tasks; i++) {
            b.task(TaskDefinition.builder("t" + i).start(LoopPass.STARTS[i % 3]).body(ctx -> null).build());
        }
        Session s = b.build();
        try (SessionHandle h = s.startInBackground()) {
            s.view().task("t0");
            s.view().task("t0");
            double seconds = (System.nanoTime() - t0) / 1e9;
            long heap = usedAfterGc() - before;
            Report.line("startup", Report.f("tasks=%d records=%d log_mb=%d seconds=%.3f heap_mb=%.1f "
                    + "heap_bytes_per_task=%d", tasks, records, Files.size(log) >> 20, seconds, heap / 1048576.0,
                    heap / tasks), tasks >= 100_000 ? "<2s" : null, seconds < 2);
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
