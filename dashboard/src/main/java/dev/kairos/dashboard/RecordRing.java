package dev.kairos.dashboard;

import dev.kairos.log.LogRecord;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/** The latest records the dashboard has seen, each with its sequence number; the oldest drop out. */
final class RecordRing {
    /** A record and its place in the order the dashboard saw them (1, 2, …). */
    record Entry(long seq, LogRecord record) {
    }

    private final int capacity;
    private final ArrayDeque<Entry> entries;
    private long last;

    RecordRing(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be 1 or more, was " + capacity);
        }
        this.capacity = capacity;
        this.entries = new ArrayDeque<>(Math.min(capacity, 1024));
    }

    synchronized Entry add(LogRecord record) {
        if (entries.size() == capacity) {
            entries.removeFirst();
        }
        Entry e = new Entry(++last, record);
        entries.addLast(e);
        return e;
    }

    /** The entries after {@code seq}, oldest first (all of them for 0). */
    synchronized List<Entry> after(long seq) {
        List<Entry> out = new ArrayList<>();
        for (Entry e : entries) {
            if (e.seq() > seq) {
                out.add(e);
            }
        }
        return out;
    }

    synchronized long lastSeq() {
        return last;
    }
}
