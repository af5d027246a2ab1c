package dev.kairos.condition;

import dev.kairos.condition.internal.syntax.DurationText;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/** Words for explanations. */
final class Texts {
    private Texts() {
    }

    /** A wall-clock time in the zone, to the second (or millisecond when it has one). */
    static String time(Instant t, ZoneId zone) {
        if (t == null) {
            return "never";
        }
        LocalDateTime local = LocalDateTime.ofInstant(t, zone).truncatedTo(ChronoUnit.MILLIS);
        // A wall-clock time that occurs twice is shown with its offset, so the two can be told apart.
        boolean repeated = zone.getRules().getValidOffsets(local).size() > 1;
        return repeated ? local + zone.getRules().getOffset(t).toString() : local.toString();
    }

    /** A task name as written in a condition, quoted. */
    static String quote(String name) {
        return "'" + name.replace("'", "''") + "'";
    }

    /** A duration as written in a condition. */
    static String duration(Duration d) {
        return DurationText.format(d);
    }
}
