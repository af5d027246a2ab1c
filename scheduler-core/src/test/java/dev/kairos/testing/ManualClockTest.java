package dev.kairos.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ManualClockTest {

    @Test
    void shows_the_instant_it_was_set_to_and_moves_only_when_told() {
        ManualClock clock = ManualClock.at("2024-03-31T01:30:00+01:00");
        assertEquals(Instant.parse("2024-03-31T00:30:00Z"), clock.instant());
        clock.advance(Duration.ofHours(1));
        assertEquals(Instant.parse("2024-03-31T01:30:00Z"), clock.instant());
        clock.set(Instant.EPOCH);
        assertEquals(Instant.EPOCH, clock.instant());
    }

    @Test
    void refuses_to_move_backwards_by_advance() {
        assertThrows(IllegalArgumentException.class, () -> ManualClock.at(Instant.EPOCH).advance(Duration.ofSeconds(-1)));
    }

    @Test
    void with_zone_keeps_the_instant() {
        ManualClock clock = ManualClock.at(Instant.EPOCH);
        assertEquals(Instant.EPOCH, clock.withZone(ZoneId.of("Asia/Tokyo")).instant());
    }
}
