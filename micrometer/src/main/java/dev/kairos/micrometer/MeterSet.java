package dev.kairos.micrometer;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import java.util.ArrayList;
import java.util.List;

/**
 * The meters of one binding: made in one registry with the binding's common tags, and removed from it
 * together when the binding closes. Thread-safe.
 */
final class MeterSet {
    private final MeterRegistry registry;
    private final Tags common;
    private final List<Meter> meters = new ArrayList<>();
    private volatile boolean closed;

    MeterSet(MeterRegistry registry, Tags common) {
        this.registry = registry;
        this.common = common;
    }

    MeterRegistry registry() {
        return registry;
    }

    /** The common tags and these ({@code key, value, key, value, …}). */
    Tags tags(String... keysAndValues) {
        return common.and(keysAndValues);
    }

    /** Keeps a meter just registered, to remove it on {@link #close}; one registered after that is removed at once. */
    <M extends Meter> M keep(M meter) {
        synchronized (meters) {
            if (!closed) {
                meters.add(meter);
                return meter;
            }
        }
        registry.remove(meter);
        return meter;
    }

    boolean closed() {
        return closed;
    }

    /** Removes every meter kept; later calls do nothing. */
    void close() {
        List<Meter> gone;
        synchronized (meters) {
            if (closed) {
                return;
            }
            closed = true;
            gone = List.copyOf(meters);
            meters.clear();
        }
        gone.forEach(registry::remove);
    }
}
