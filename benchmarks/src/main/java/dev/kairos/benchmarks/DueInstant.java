package dev.kairos.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The instant at which db-scheduler's executions of a rate figure become due: a whole second ahead, before midnight UTC. */
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
}
