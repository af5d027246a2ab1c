package dev.kairos.log;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** A task log in a list; thread-safe. */
final class InMemoryTaskLog implements TaskLog {
    private final List<LogRecord> records = new ArrayList<>();

    @Override
    public synchronized List<LogProblem> replay(ZoneId zone, Consumer<LogRecord> sink) {
        List.copyOf(records).forEach(sink);
        return List.of();
    }

    @Override
    public synchronized void append(List<LogRecord> batch) {
        records.addAll(batch);
    }

    @Override
    public LogTail follow(ZoneId zone) {
        return new Tail();
    }

    @Override
    public void close() {
        // nothing to release; the records stay readable
    }

    @Override
    public synchronized String toString() {
        return "TaskLog.inMemory(" + records.size() + " records)";
    }

    /** Follows the list by the index of the next record to return. */
    private final class Tail implements LogTail {
        private int next;
        private boolean closed;

        @Override
        public Batch poll() {
            synchronized (InMemoryTaskLog.this) {
                if (closed) {
                    throw new IllegalStateException("the tail of " + InMemoryTaskLog.this + " is closed");
                }
                List<LogRecord> added = List.copyOf(records.subList(next, records.size()));
                next = records.size();
                return new Batch(added, List.of());
            }
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
