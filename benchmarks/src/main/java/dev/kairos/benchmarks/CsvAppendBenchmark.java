package dev.kairos.benchmarks;

import dev.kairos.log.LogRecord;
import dev.kairos.log.TaskLog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
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
 * Appending one record to the CSV task log, as a session does for a pass that starts one run:
 * format, write and flush to the operating system (no fsync, like the session).
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

    private Path dir;
    private Path file;
    private TaskLog log;
    private long n;

    @Setup(Level.Iteration)
    public void open() throws IOException {
        dir = Files.createTempDirectory("kairos-jmh-csv");
        file = dir.resolve("log.csv");
        log = TaskLog.csv(file);
        log.replay(ZoneId.of(zone), r -> { });
    }

    @TearDown(Level.Iteration)
    public void close() throws IOException {
        log.close();
        Files.deleteIfExists(file);
        Files.deleteIfExists(dir);
    }

    @Benchmark
    public void appendOne() throws IOException {
        long i = ++n;
        Instant at = Instant.ofEpochSecond(1_710_498_600L + i, 123_000_000);
        log.append(List.of(LogRecord.started("task-" + (i & 1023), Long.toString(i), at)));
    }
}
