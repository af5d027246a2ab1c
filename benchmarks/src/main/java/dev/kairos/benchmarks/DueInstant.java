package dev.kairos.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * The instant at which every task of a rate figure becomes due: a whole second far enough ahead for
 * the nodes to start, on the same UTC day (so {@code daily after HH:MM:SS} is false until then).
 */
final class DueInstant {
    private DueInstant() {
    }

    /** The first whole second at least {@code ahead} from now, waiting past midnight UTC if it would cross it. */
    static Instant after(Duration ahead) throws InterruptedException {
        while (true) {
            Instant now = Instant.now();
            Instant due = now.plus(ahead).plusSeconds(1).truncatedTo(ChronoUnit.SECONDS);
            if (!due.truncatedTo(ChronoUnit.DAYS).isAfter(now)) {
                return due;
            }
            Thread.sleep(Duration.between(now, due.truncatedTo(ChronoUnit.DAYS)).toMillis() + 1_000);
        }
    }

    /** The Kairos start condition that turns true at {@code due}. */
    static String condition(Instant due) {
        return "daily after " + LocalTime.ofInstant(due, ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("HH:mm:ss"));
    }
}
