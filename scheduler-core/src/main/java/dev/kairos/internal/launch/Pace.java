package dev.kairos.internal.launch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.LockSupport;

/**
 * Waiting for instants of a clock that follows real time. A pass run once a second runs in cold
 * code and a thread handed work while parked can take milliseconds to get a CPU, so with a system
 * clock the loop makes a pass {@link #AHEAD} of its instant: the conditions are tested at that
 * instant and the run records written; the bodies' threads wait for the instant themselves, each
 * woken by its own timer, and the session thread finishes the pass (MAIN runs, terminations,
 * events) when the clock reaches it. So a run starts on time however long the pass took and however
 * slowly a parked thread is handed work. With any other clock (a test's) nothing waits here.
 */
public final class Pace {
    /** How long before a due instant its pass is made. */
    public static final Duration AHEAD = Duration.ofMillis(10);
    /** A wait ends after this much real time even if the clock has not reached the instant. */
    private static final long LIMIT = 3 * AHEAD.toNanos();

    private final Clock clock;
    private final boolean realTime;

    public Pace(Clock clock) {
        this.clock = clock;
        this.realTime = clock.equals(Clock.system(clock.getZone()));
    }

    /** Whether the clock is a system clock, whose instants come at the pace of real time. */
    public boolean followsRealTime() {
        return realTime;
    }

    /** Nanoseconds from the clock's instant to {@code at}, at most {@code max}; negative if past. */
    public static long nanosUntil(Clock clock, Instant at, Duration max) {
        Instant now = clock.instant();
        if (at.isAfter(now.plus(max))) {
            return max.toNanos();
        }
        return Duration.between(now, at).toNanos();
    }

    /**
     * Returns once the clock reads {@code at} or later, at once with a clock that does not follow
     * real time, after {@link #LIMIT} of real time at most (a system clock set back), or when the
     * thread is interrupted.
     *
     * @return whether the thread was interrupted (its flag is then cleared)
     */
    public boolean awaitInstant(Instant at) {
        if (!realTime) {
            return false;
        }
        long limit = System.nanoTime() + LIMIT;
        for (long left = nanosUntil(clock, at, AHEAD); left > 0 && System.nanoTime() - limit < 0;
                left = nanosUntil(clock, at, AHEAD)) {
            LockSupport.parkNanos(left);
            if (Thread.interrupted()) {
                return true;
            }
        }
        return false;
    }
}
