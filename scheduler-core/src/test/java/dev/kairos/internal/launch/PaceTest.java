package dev.kairos.internal.launch;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kairos.testing.ManualClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class PaceTest {

    @Test
    void only_system_clocks_follow_real_time() {
        assertTrue(new Pace(Clock.systemUTC()).followsRealTime());
        assertTrue(new Pace(Clock.system(ZoneId.of("Europe/Berlin"))).followsRealTime());
        assertTrue(new Pace(Clock.systemDefaultZone()).followsRealTime());
        assertFalse(new Pace(ManualClock.at(Instant.EPOCH)).followsRealTime());
        assertFalse(new Pace(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC)).followsRealTime());
        assertFalse(new Pace(Clock.offset(Clock.systemUTC(), Duration.ofHours(1))).followsRealTime());
    }

    @Test
    void waiting_for_an_instant_of_a_system_clock_returns_at_it_or_after() {
        Clock clock = Clock.systemUTC();
        Instant at = clock.instant().plusMillis(20);
        assertFalse(new Pace(clock).awaitInstant(at));
        assertFalse(clock.instant().isBefore(at));
    }

    @Test
    void a_clock_that_does_not_follow_real_time_is_not_waited_for() {
        ManualClock clock = ManualClock.at(Instant.parse("2024-01-01T00:00:00Z"));
        assertFalse(new Pace(clock).awaitInstant(clock.instant().plus(Duration.ofDays(365))));
    }

    @Test
    void an_interrupt_ends_the_wait_and_is_reported() {
        Thread.currentThread().interrupt();
        assertTrue(new Pace(Clock.systemUTC()).awaitInstant(Instant.now().plusSeconds(3600)));
        assertFalse(Thread.currentThread().isInterrupted(), "the flag is handed back as the result");
    }

    @Test
    void the_time_left_is_capped() {
        Clock clock = Clock.fixed(Instant.parse("2024-01-01T00:00:00Z"), ZoneOffset.UTC);
        Duration max = Duration.ofMinutes(1);
        assertTrue(Pace.nanosUntil(clock, Instant.MAX, max) == max.toNanos());
        assertTrue(Pace.nanosUntil(clock, clock.instant().plusSeconds(1), max) == 1_000_000_000L);
        assertTrue(Pace.nanosUntil(clock, clock.instant().minusSeconds(1), max) < 0);
    }
}
