package dev.kairos.log;

import java.time.Instant;

/**
 * The latest {@code capacity} instants of one action of one task, ascending, plus the latest
 * instant that was dropped to keep the bound. A ring buffer: appending in time order is O(1),
 * lookups are O(log capacity).
 */
final class RecentInstants {
    private final Instant[] ring;
    private int head;
    private int size;
    private Instant latestDropped;

    RecentInstants(int capacity) {
        ring = new Instant[capacity];
    }

    void add(Instant at) {
        if (size > 0 && at.isBefore(get(size - 1))) {
            insertOutOfOrder(at);
            return;
        }
        if (size == ring.length) {
            latestDropped = ring[head];
            ring[head] = at;
            head = (head + 1) % ring.length;
        } else {
            ring[(head + size++) % ring.length] = at;
        }
    }

    Instant latest() {
        return size == 0 ? null : get(size - 1);
    }

    /**
     * The latest instant strictly before {@code end}; {@code null} if there is none, or if it was
     * dropped and is not the latest dropped one (the documented limit of the cache).
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

    private Instant get(int i) {
        return ring[(head + i) % ring.length];
    }

    private void insertOutOfOrder(Instant at) {
        Instant[] sorted = new Instant[size + 1];
        int j = 0;
        boolean placed = false;
        for (int i = 0; i < size; i++) {
            Instant x = get(i);
            if (!placed && at.isBefore(x)) {
                sorted[j++] = at;
                placed = true;
            }
            sorted[j++] = x;
        }
        int drop = sorted.length - ring.length;
        if (drop > 0 && (latestDropped == null || sorted[0].isAfter(latestDropped))) {
            latestDropped = sorted[0];
        }
        head = 0;
        size = Math.min(sorted.length, ring.length);
        System.arraycopy(sorted, Math.max(drop, 0), ring, 0, size);
    }
}
