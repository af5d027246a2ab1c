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
 * Figure 5: session start-up, in a fresh JVM ({@link SessionBenchmark} starts one for each): from
 * the first task definition to the end of the session's first pass (definitions and conditions,
 * the CSV log read into the status cache, the first pass over every task), for a log of R records
 * over T tasks: {@code startup.full} for the first session over the log, which reads every record
 * (in a JVM that has done nothing but write the log), and {@code startup} for the next one, which
 * starts from the checkpoint the first left when it stopped; and the heap the session holds,
 * the used heap after a full GC with the session running, minus the same before the definitions
 * were made (so definitions count). The end of the first pass is seen by asking the session thread
 * a question twice: it answers between passes, and the session thread starts only after the log is
 * read, so the second answer comes after the first pass.
 */
final class StartUp {
    private StartUp() {
    }

    /**
     * The first session over a log of {@code records} records it writes: every record is read (no
     * checkpoint yet). The session writes its checkpoint when it stops, and the log is left for
     * {@link #fromCheckpoint}.
     */
    static void full(Path dir, int tasks, long records) throws Exception {
        Path log = log(dir, tasks, records);
        Files.deleteIfExists(log.resolveSibling(log.getFileName() + ".checkpoint"));
        Logs.write(log, ZoneOffset.UTC, tasks, records, Instant.now());
        measure("startup.full", log, tasks, records, null);
    }

    /** The next session over the log {@link #full} left: it reads the checkpoint instead of the records. */
    static void fromCheckpoint(Path dir, int tasks, long records) throws Exception {
        Path log = log(dir, tasks, records);
        Path checkpoint = log.resolveSibling(log.getFileName() + ".checkpoint");
        if (!Files.exists(checkpoint)) {
            throw new IllegalStateException("no checkpoint beside " + log + ": measure startup.full first");
        }
        measure("startup", log, tasks, records, tasks >= 100_000 ? "<2s" : null);
        try (var files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                if (f.getFileName().toString().startsWith(log.getFileName().toString())) {
                    Files.delete(f);
                }
            }
        }
    }

    private static Path log(Path dir, int tasks, long records) {
        return dir.resolve("startup-" + tasks + "-" + records + ".csv");
    }

    private static void measure(String figure, Path log, int tasks, long records, String target) throws Exception {
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
            Report.line(figure, Report.f("tasks=%d records=%d log_mb=%d seconds=%.3f heap_mb=%.1f "
                    + "heap_bytes_per_task=%d", tasks, records, Files.size(log) >> 20, seconds, heap / 1048576.0,
                    heap / tasks), target, seconds < 2);
        }
    }

    static long usedAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
