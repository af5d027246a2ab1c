package dev.kairos.benchmarks;

import dev.kairos.log.LogRecord;
import dev.kairos.log.TaskLog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Appending a pass's records to the CSV task log, as a session does: format, write, and either hand
 * them to the operating system ({@code FLUSHED}, the default) or force them to the disk once for the
 * whole batch ({@code SYNCED}, group commit). {@code records} is how many records the pass wrote: one
 * run started, or a hundred. The file lies in the default temporary directory: run it where the
 * session's log would lie (a tmpfs would make {@code fsync} free).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class CsvAppendBenchmark {
    @Param({"UTC", "Europe/Berlin"})
    public String zone;

    @Param({"FLUSHED", "SYNCED"})
    public TaskLog.Durability durability;

    @Param({"1", "100"})
    public int records;

    private Path dir;
    private Path file;
    private TaskLog log;
    private long n;

    @Setup(Level.Iteration)
    public void open() throws IOException {
        dir = Files.createTempDirectory("kairos-jmh-csv");
        file = dir.resolve("log.csv");
        log = TaskLog.csv(file, durability);
        log.replay(ZoneId.of(zone), r -> { });
    }

    @TearDown(Level.Iteration)
    public void close() throws IOException {
        log.close();
        try (var files = Files.list(dir)) { // the log and what it keeps beside it (FILE.ids)
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        Files.delete(dir);
    }

    @Benchmark
    public void appendPass() throws IOException {
        List<LogRecord> pass = new ArrayList<>(records);
        for (int k = 0; k < records; k++) {
            long i = ++n;
            Instant at = Instant.ofEpochSecond(1_710_498_600L + i, 123_000_000);
            pass.add(LogRecord.started("task-" + (i & 1023), Long.toString(i), at));
        }
        log.append(pass);
    }
}
