package dev.kairos.log;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;

/**
 * Where a session records every run: an append-only sequence of {@link LogRecord}s that is both the
 * audit trail and, replayed at start, the memory that conditions read.
 *
 * <p>A session reads its log once, at start ({@link #replay}), and afterwards only appends. A log is
 * used by one session at a time; implementations need not support concurrent writers.
 */
public interface TaskLog extends AutoCloseable {

    /**
     * A CSV file with the header {@code created,task,action,run_id,start,end,runtime,message,exception}.
     * The file and its parent directories are created when missing. Reading goes by column name, so
     * extra or missing optional columns are fine; only {@code created}, {@code task} and
     * {@code action} are required. Timestamps are written as ISO-8601 with the session zone's offset
     * and read with an offset, as an instant ending in {@code Z}, or as a local date-time taken in the
     * session zone. {@link #append} flushes to the operating system before it returns (it does not
     * force the disk: a power cut may lose the last records, which is why a half-written last line is
     * tolerated on read).
     */
    static TaskLog csv(Path file) {
        return new CsvTaskLog(file);
    }

    /** A log kept in memory only, lost with the JVM. For tests and throwaway sessions. */
    static TaskLog inMemory() {
        return new InMemoryTaskLog();
    }

    /**
     * Reads every record, in order, into {@code sink}, and fixes the zone used from now on to write
     * timestamps. Lines that cannot be read are skipped and returned as problems (a half-written last
     * line among them); a problem is never fatal.
     *
     * @param zone the zone in which timestamps without an offset are read, and written afterwards
     * @throws IOException when the log exists but cannot be read at all
     */
    List<LogProblem> replay(ZoneId zone, Consumer<LogRecord> sink) throws IOException;

    /**
     * Appends records in order; when this returns they are written and flushed, so a run is never
     * considered started or finished before its record is.
     *
     * @throws IOException when the records cannot be written
     */
    void append(List<LogRecord> records) throws IOException;

    /** Appends one record; see {@link #append(List)}. */
    default void append(LogRecord record) throws IOException {
        append(List.of(record));
    }

    /** Releases the file, if any. Appending afterwards fails. */
    @Override
    void close() throws IOException;
}
