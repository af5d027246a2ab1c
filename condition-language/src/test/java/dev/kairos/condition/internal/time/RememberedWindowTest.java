package dev.kairos.condition.internal.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A remembered window gives the answers of the window it wraps, asked in time order as a session
 * asks them, across both DST transitions of several zones; it answers the next start as the window
 * does, or earlier-or-equal where the window's own answer is only a bound.
 */
class RememberedWindowTest {
    private static final List<ZoneId> ZONES = List.of(ZoneId.of("UTC"), ZoneId.of("Europe/Berlin"),
            ZoneId.of("America/New_York"), ZoneId.of("Australia/Lord_Howe"));

    static Stream<Arguments> windows() {
        long h = Units.HOUR;
        long d = Units.DAY;
        List<Window> windows = List.of(
                Window.whole(Cycle.DAY),
                new Window(Cycle.DAY, 8 * h, d),                              // daily after 08:00
                new Window(Cycle.DAY, 2 * h + 30 * Units.MINUTE, 3 * h),      // 02:30–03:00, in the gap
                new Window(Cycle.DAY, 22 * h, 2 * h),                         // wraps midnight
                new Window(Cycle.DAY, 10 * h, 12 * h),
                new Window(Cycle.DAY, 23 * h + Units.MINUTE, Units.MINUTE),  // daily on 23:01
                Window.whole(Cycle.HOUR),
                new Window(Cycle.HOUR, 15 * Units.MINUTE, 45 * Units.MINUTE),
                new Window(Cycle.HOUR, 15 * Units.MINUTE + 5_500 * Units.MILLI, 45 * Units.MINUTE + 10_005 * Units.MILLI),
                Window.whole(Cycle.MINUTE),
                new Window(Cycle.MINUTE, 10 * Units.SECOND, 20 * Units.SECOND),
                new Window(Cycle.MINUTE, 15 * Units.SECOND + 5_000, 45 * Units.SECOND + 5_000),
                Window.whole(Cycle.SECOND),
                new Window(Cycle.SECOND, 15_005_000, 45_005_000),
                Window.whole(Cycle.WEEK),
                new Window(Cycle.WEEK, d + 9 * h, 2 * d),
                new Window(Cycle.WEEK, d, d),                                 // the whole week from Tuesday
                Window.whole(Cycle.MONTH),
                new Window(Cycle.MONTH, 14 * d, 20 * d));
        return ZONES.stream().flatMap(z -> windows.stream().map(w -> Arguments.of(w, z)));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("windows")
    void answers_as_the_window_it_wraps(Window window, ZoneId zone) {
        RememberedWindow remembered = new RememberedWindow(window);
        for (Instant from : List.of(Instant.parse("2024-03-09T12:00:00Z"), Instant.parse("2024-03-30T12:00:00Z"),
                Instant.parse("2024-04-06T10:00:00Z"), Instant.parse("2024-10-05T10:00:00Z"), Instant.parse("2024-10-26T12:00:00Z"),
                Instant.parse("2024-11-02T12:00:00Z"))) {
            Duration step = switch (window.cycle()) {
                case SECOND -> Duration.ofNanos(7_000_003);
                case MINUTE -> Duration.ofSeconds(7);
                default -> Duration.ofMinutes(7);
            };
            int steps = window.cycle() == Cycle.MINUTE || window.cycle() == Cycle.SECOND ? 3_000 : 2_000;
            Instant now = from;
            for (int i = 0; i < steps; i++, now = now.plus(step)) {
                String at = window + " at " + now + " in " + zone;
                assertEquals(window.latestStarted(now, zone), remembered.latestStarted(now, zone), at);
                assertEquals(window.containing(now, zone), remembered.containing(now, zone), at);
                Instant exact = window.nextStart(now, zone);
                Instant next = remembered.nextStart(now, zone);
                assertNotNull(next, at);
                assertTrue(next.isAfter(now), at + ": next start " + next);
                assertTrue(!next.isAfter(exact), at + ": remembered " + next + " after " + exact);
                Instant boundary = remembered.nextBoundary(now, zone);
                assertTrue(boundary.isAfter(now) && !boundary.isAfter(window.nextBoundary(now, zone)), at);
            }
        }
    }
}
