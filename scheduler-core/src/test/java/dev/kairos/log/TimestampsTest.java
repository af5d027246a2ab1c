package dev.kairos.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TimestampsTest {
    private static final List<ZoneId> ZONES = List.of(ZoneId.of("UTC"), ZoneId.of("Europe/Paris"),
            ZoneId.of("America/St_Johns"), ZoneId.of("Asia/Kathmandu"), ZoneId.of("Europe/Amsterdam"));

    @Test
    void formats_exactly_as_iso_offset_date_time() {
        Random random = new Random(42);
        for (int i = 0; i < 20_000; i++) {
            long seconds = random.nextLong(-2_000_000_000L, 8_000_000_000L);
            int nano = switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1000;
                default -> random.nextInt(1_000_000_000);
            };
            Instant instant = Instant.ofEpochSecond(seconds, nano);
            ZoneId zone = ZONES.get(i % ZONES.size());
            String expected = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(zone));
            assertEquals(expected, Timestamps.format(instant, zone));
            assertEquals(instant, Timestamps.parse(expected, zone));
        }
    }

    @Test
    void reads_local_times_in_the_zone_taking_the_first_of_a_repeated_hour() {
        ZoneId paris = ZoneId.of("Europe/Paris");
        assertEquals(Instant.parse("2024-10-27T00:30:00Z"), Timestamps.parse("2024-10-27T02:30:00", paris));
    }

    @Test
    void forms_other_than_the_written_one_are_read_by_the_general_parser() {
        ZoneId utc = ZoneId.of("UTC");
        assertEquals(Instant.parse("2024-03-15T09:00:00Z"), Timestamps.parse("2024-03-15T10:00:00+01:00[Europe/Paris]", utc));
        assertEquals(Instant.parse("2024-03-15T09:00:00Z"), Timestamps.parse("2024-03-15 10:00:00+01:00", utc));
        assertEquals(Instant.parse("2024-03-15T09:59:30Z"), Timestamps.parse("2024-03-15T10:00:00+00:00:30", utc));
        assertEquals(Instant.parse("2024-03-15T10:00:00Z"), Timestamps.parse("  2024-03-15T10:00Z ", utc));
    }

    @Test
    void invalid_dates_and_offsets_are_rejected_as_before() {
        ZoneId utc = ZoneId.of("UTC");
        assertThrows(DateTimeParseException.class, () -> Timestamps.parse("2023-02-29T10:00:00Z", utc));
        assertThrows(DateTimeParseException.class, () -> Timestamps.parse("2024-03-15T24:00:00Z", utc));
        assertThrows(DateTimeParseException.class, () -> Timestamps.parse("2024-03-15T10:00:00+18:30", utc));
    }

    @Test
    void runtimes_read_back_as_written_and_other_forms_as_the_general_parser_reads_them() {
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            long seconds = switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(60);
                case 2 -> random.nextInt(86_400);
                default -> random.nextLong(0, 10_000_000_000L);
            };
            int nano = i % 3 == 0 ? 0 : random.nextInt(1_000_000_000);
            Duration d = Duration.ofSeconds(seconds, nano);
            assertEquals(d, Timestamps.parseRuntime(Timestamps.formatRuntime(d)), d.toString());
        }
        for (String other : List.of("PT-0.5S", "P1DT2H", "PT1H-30M", "-PT5S", "PT1.5M", "pt3s", "PT0.0000000001S",
                "PT1234567890123S")) {
            assertEquals(attempt(() -> generalRuntime(other)), attempt(() -> Timestamps.parseRuntime(other)), other);
        }
        assertEquals(Duration.ofMillis(1500), Timestamps.parseRuntime(" 1.5 "));
        assertThrows(NumberFormatException.class, () -> Timestamps.parseRuntime("PT"));
        assertThrows(NumberFormatException.class, () -> Timestamps.parseRuntime("PTS"));
        assertThrows(NumberFormatException.class, () -> Timestamps.parseRuntime("PT1S2M"));
    }

    /** How a runtime was read before the written form had a reader of its own. */
    private static Duration generalRuntime(String t) {
        try {
            return Duration.parse(t);
        } catch (java.time.format.DateTimeParseException e) {
            return Duration.ofNanos(Math.round(Double.parseDouble(t) * 1e9));
        }
    }

    /** The value, or the type of what was thrown. */
    private static Object attempt(java.util.function.Supplier<Object> s) {
        try {
            return s.get();
        } catch (RuntimeException e) {
            return e.getClass();
        }
    }
}
