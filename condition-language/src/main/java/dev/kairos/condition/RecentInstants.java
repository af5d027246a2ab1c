package dev.kairos.condition;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.time.Instant;

/**
 * The instants of one action of one task, ascending: all of them, or the latest {@code capacity}
 * plus the latest one dropped to keep that bound. A ring buffer that doubles up to its capacity:
 * appending in time order is amortised O(1); an instant older than the newest is put in its place
 * by moving the newer ones (records come nearly in order, so few move); lookups are O(1) and
 * O(log size).
 */
final class RecentInstants {
    /** The capacity of a buffer that never drops an instant. */
    static final int UNBOUNDED = Integer.MAX_VALUE;
    private static final int INITIAL_LENGTH = 16;

    private final int capacity;
    private Instant[] ring;
    private int head;
    private int size;
    private Instant latestDropped;

    RecentInstants(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be 1 or more, was " + capacity);
        }
        this.capacity = capacity;
        this.ring = new Instant[Math.min(capacity, INITIAL_LENGTH)];
    }

    void add(Instant at) {
        if (size > 0 && at.isBefore(get(size - 1))) {
            insert(at, firstAfter(at));
        } else if (size < ring.length || grow()) {
            set(size++, at);
        } else {
            keepDropped(ring[head]);
            ring[head] = at;
            head = head + 1 == ring.length ? 0 : head + 1;
        }
    }

    /** The newest instant, or {@code null} if there is none. */
    Instant latest() {
        return size == 0 ? null : get(size - 1);
    }

    /**
     * The latest instant strictly before {@code end}; {@code null} if there is none, or if it was
     * dropped and is not the latest dropped one (the documented limit of a bounded history).
     */
    Instant latestBefore(Instant end) {
        int lo = 0;
        int hi = size - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (get(mid).isBefore(end)) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        if (found >= 0) {
            return get(found);
        }
        return latestDropped != null && latestDropped.isBefore(end) ? latestDropped : null;
    }

    /** Writes the kept instants, oldest first, and the latest dropped one (see {@link #read}). */
    void write(DataOutput out) throws IOException {
        out.writeInt(size);
        for (int i = 0; i < size; i++) {
            writeInstant(out, get(i));
        }
        out.writeBoolean(latestDropped != null);
        if (latestDropped != null) {
            writeInstant(out, latestDropped);
        }
    }

    /**
     * The instants {@link #write} wrote, in a buffer of the given capacity.
     *
     * @throws IOException if they are not in order or more than the capacity
     */
    static RecentInstants read(DataInput in, int capacity) throws IOException {
        RecentInstants times = new RecentInstants(capacity);
        int size = in.readInt();
        if (size < 0 || size > capacity) {
            throw new IOException(size + " instants for a buffer of " + capacity);
        }
        for (int i = 0; i < size; i++) {
            Instant at = readInstant(in);
            if (times.size > 0 && at.isBefore(times.latest())) {
                throw new IOException("instants out of order: " + at + " after " + times.latest());
            }
            times.add(at);
        }
        if (in.readBoolean()) {
            times.latestDropped = readInstant(in);
        }
        return times;
    }

    static void writeInstant(DataOutput out, Instant at) throws IOException {
        out.writeLong(at.getEpochSecond());
        out.writeInt(at.getNano());
    }

    static Instant readInstant(DataInput in) throws IOException {
        long seconds = in.readLong();
        int nanos = in.readInt();
        if (nanos < 0 || nanos > 999_999_999 || seconds < Instant.MIN.getEpochSecond()
                || seconds > Instant.MAX.getEpochSecond()) {
            throw new IOException("not an instant: " + seconds + " s " + nanos + " ns");
        }
        return Instant.ofEpochSecond(seconds, nanos);
    }

    /** The index of the first kept instant after {@code at}; there is one, since the newest is. */
    private int firstAfter(Instant at) {
        int lo = 0;
        int hi = size - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (at.isBefore(get(mid))) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    private void insert(Instant at, int index) {
        if (size == ring.length && !grow()) {
            if (index == 0) {
                keepDropped(at);
                return;
            }
            keepDropped(ring[head]);
            head = head + 1 == ring.length ? 0 : head + 1;
            size--;
            index--;
        }
        for (int i = size; i > index; i--) {
            set(i, get(i - 1));
        }
        set(index, at);
        size++;
    }

    /** Doubles the ring, up to the capacity; false if it is at the capacity already. */
    private boolean grow() {
        if (ring.length >= capacity) {
            return false;
        }
        Instant[] bigger = new Instant[(int) Math.min(capacity, 2L * ring.length)];
        for (int i = 0; i < size; i++) {
            bigger[i] = get(i);
        }
        ring = bigger;
        head = 0;
        return true;
    }

    private void keepDropped(Instant dropped) {
        if (latestDropped == null || dropped.isAfter(latestDropped)) {
            latestDropped = dropped;
        }
    }

    private Instant get(int i) {
        return ring[slot(i)];
    }

    private void set(int i, Instant at) {
        ring[slot(i)] = at;
    }

    private int slot(int i) {
        int j = head + i;
        return j >= ring.length ? j - ring.length : j;
    }
}
