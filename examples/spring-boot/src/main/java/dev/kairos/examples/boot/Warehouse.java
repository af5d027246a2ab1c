package dev.kairos.examples.boot;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Service;

/**
 * What the tasks share, in memory: the latest batch the fetch brought, what the transform made of
 * it, why the latest failed fetch failed, and how many alerts were raised. Thread-safe: the tasks run
 * on the session's pool.
 */
@Service
class Warehouse {
    private final AtomicReference<Batch> latest = new AtomicReference<>();
    private final AtomicReference<Summary> summary = new AtomicReference<>();
    private final AtomicReference<String> lastFailure = new AtomicReference<>();
    private final AtomicInteger alerts = new AtomicInteger();

    /** The amounts of one fetch; {@code number} counts the fetches from 1. */
    record Batch(int number, List<Integer> amounts) {
        Batch {
            if (number < 1) {
                throw new IllegalArgumentException("number must be 1 or more, was " + number);
            }
            amounts = List.copyOf(Objects.requireNonNull(amounts, "amounts"));
        }
    }

    /** What the transform made of a batch: how many amounts and their total. */
    record Summary(int batch, int items, long total) {
    }

    void store(Batch batch) {
        latest.set(Objects.requireNonNull(batch, "batch"));
    }

    /** The latest batch fetched, if any fetch succeeded yet. */
    Optional<Batch> latest() {
        return Optional.ofNullable(latest.get());
    }

    /** Keeps {@code s} as the latest summary; returns the one before, if any. */
    Optional<Summary> store(Summary s) {
        return Optional.ofNullable(summary.getAndSet(Objects.requireNonNull(s, "summary")));
    }

    void fetchFailed(String why) {
        lastFailure.set(Objects.requireNonNull(why, "why"));
    }

    /** Why the latest failed fetch failed, if one did. */
    Optional<String> lastFailure() {
        return Optional.ofNullable(lastFailure.get());
    }

    /** Counts an alert raised; returns how many were, this one included. */
    int alertRaised() {
        return alerts.incrementAndGet();
    }
}
