package dev.kairos.examples;

import dev.kairos.SessionBuilder;
import dev.kairos.log.LogRecord;
import dev.kairos.testing.ManualClock;
import dev.kairos.testing.SessionHarness;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * Runs an example's session on a manual clock, from one instant to another, in milliseconds: how the
 * examples show what they do without waiting for days (the same harness your tests can use).
 */
final class Simulation {
    static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    private Simulation() {
    }

    /** The records of a session simulated from {@code from} to {@code to} (ISO instants). */
    static List<LogRecord> run(SessionBuilder builder, String from, String to) {
        try (SessionHarness h = SessionHarness.start(builder.clock(ManualClock.at(from)).zone(ZONE))) {
            h.runUntil(Instant.parse(to));
            return h.records();
        }
    }

    /** Prints records as "Tue 08:00  fetch  success  message". */
    static void print(List<LogRecord> records) {
        java.time.format.DateTimeFormatter f = java.time.format.DateTimeFormatter.ofPattern("EEE dd HH:mm:ss",
                java.util.Locale.ENGLISH);
        for (LogRecord r : records) {
            System.out.printf("%s  %-14s %-9s %s%n", f.format(r.created().atZone(ZONE)), r.task(), r.action().code(),
                    r.message());
        }
    }
}
