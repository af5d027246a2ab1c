package dev.kairos.log;

import java.io.IOException;
import java.util.List;

/**
 * A task log read as it grows, like {@code tail -f}: each {@link #poll()} returns the records
 * completed since the previous one. Obtained from {@link TaskLog#follow}; it only reads, so it may
 * follow a log that another process writes.
 *
 * <p>Guarantees:
 * <ul>
 *   <li>The first poll returns every record already in the log; each later poll the records
 *       appended since, in log order. A record is returned once, and only once it is complete: a
 *       line still being written waits for a later poll.</li>
 *   <li>What cannot be read is returned as a {@link LogProblem}, once, and never thrown; see each
 *       log's {@code follow} for what it reports.</li>
 *   <li>A log that does not exist yet reads as empty, and is read from its start once it exists.</li>
 * </ul>
 *
 * <p>Not guaranteed: a poll does not wait for records (call it again to see more: the caller
 * chooses how often); a tail is not thread-safe (one thread polls).
 */
public interface LogTail extends AutoCloseable {

    /**
     * The records completed since the previous poll, and the problems found reading them.
     *
     * @throws IOException           when the log exists but cannot be read at all
     * @throws IllegalStateException when the tail is closed
     */
    Batch poll() throws IOException;

    /** Releases what the tail holds open (a file, a connection). Polling afterwards fails. */
    @Override
    void close() throws IOException;

    /**
     * What one {@link #poll()} read.
     *
     * @param records  the records completed since the previous poll, in log order
     * @param problems what could not be read, in log order
     */
    record Batch(List<LogRecord> records, List<LogProblem> problems) {

        /** Copies the lists; neither may be null or hold null. */
        public Batch {
            records = List.copyOf(records);
            problems = List.copyOf(problems);
        }
    }
}
