package dev.kairos.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Samples in nanoseconds, summed up as a line's {@code p50_ms p99_ms max_ms}. */
final class Latencies {
    private final List<Long> nanos = new ArrayList<>();
    private volatile boolean taking;

    /** From now on samples are kept (those before are warm-up). */
    void start() {
        taking = true;
    }

    void stop() {
        taking = false;
    }

    synchronized void add(Duration d) {
        if (taking) {
            nanos.add(d.toNanos());
        }
    }

    synchronized int count() {
        return nanos.size();
    }

    synchronized double p50Millis() {
        return Report.quantile(nanos, 0.5) / 1e6;
    }

    synchronized double p99Millis() {
        return Report.quantile(nanos, 0.99) / 1e6;
    }

    synchronized String values() {
        return Report.f("samples=%d p50_ms=%.3f p99_ms=%.3f max_ms=%.3f", nanos.size(),
                p50Millis(), p99Millis(), Report.quantile(nanos, 1.0) / 1e6);
    }
}
