package dev.kairos.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A clock that moves only when told to. Thread-safe: run threads may read it while a test sets it.
 * Time never goes backwards unless {@link #set} is told to.
 */
public final class ManualClock extends Clock {
    private final ZoneId zone;
    private volatile Instant now;

    private ManualClock(Instant now, ZoneId zone) {
        this.now = Objects.requireNonNull(now, "now");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /** A clock showing {@code now}, in UTC. */
    public static ManualClock at(Instant now) {
        return new ManualClock(now, ZoneOffset.UTC);
    }

    /** A clock showing an ISO-8601 instant such as {@code 2024-03-31T08:00:00Z} or with an offset. */
    public static ManualClock at(String isoInstant) {
        return at(java.time.OffsetDateTime.parse(isoInstant).toInstant());
    }

    /** Sets the time. */
    public void set(Instant instant) {
        this.now = Objects.requireNonNull(instant, "instant");
    }

    /**
     * Moves the time forward.
     *
     * @throws IllegalArgumentException if {@code by} is negative
     */
    public void advance(Duration by) {
        Objects.requireNonNull(by, "by");
        if (by.isNegative()) {
            throw new IllegalArgumentException("advance must not be negative, was " + by);
        }
        now = now.plus(by);
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new ManualClock(now, zone);
    }

    @Override
    public String toString() {
        return "ManualClock[" + now + "]";
    }
}
