package dev.kairos.cli;

import dev.kairos.condition.EvaluationContext;
import dev.kairos.condition.EvaluationContextBuilder;
import dev.kairos.condition.InMemoryHistory;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options that say in which world a condition is evaluated: when, where, for whom, with what history. */
final class EvaluationOptions {
    /** The evaluating task when {@code --task} is not given: a task that never ran. */
    static final String NO_TASK = "(no task)";

    @Option(names = "--now", paramLabel = "T",
            description = "The instant to evaluate at: ISO-8601, e.g. 2024-05-01T09:00 (in --zone) or"
                    + " 2024-05-01T09:00+02:00. Default: now.")
    String now;

    @Option(names = "--zone", paramLabel = "ZONE",
            description = "The time zone of the periods and of --now without offset, e.g. Europe/Paris."
                    + " Default: the system zone.")
    String zone;

    @Option(names = "--log", paramLabel = "FILE",
            description = "A CSV task log to read the history from (records after --now are ignored)."
                    + " Default: no history (every task never ran).")
    Path log;

    @Mixin
    DatabaseOptions db = new DatabaseOptions();

    @Option(names = "--task", paramLabel = "NAME",
            description = "The task whose condition it is (for 'daily', 'every', 'retry', 'after task')."
                    + " Default: a task that never ran.")
    String task = NO_TASK;

    @Option(names = "--param", paramLabel = "k=v", description = "A session parameter (repeatable).")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--scheduler-started", paramLabel = "T",
            description = "When the scheduler started, for 'scheduler has run over D'. Default: not started.")
    String schedulerStarted;

    @Option(names = "--cycles", paramLabel = "N", description = "The scheduler's loop passes so far. Default: 0.")
    long cycles;

    ZoneId zoneId() {
        return Times.zone(zone);
    }

    Instant nowInstant(Clock clock) {
        return now == null ? clock.instant() : Times.instant(now, zoneId(), "--now");
    }

    /** The evaluation context these options describe, at {@code at}. */
    EvaluationContext context(Instant at) {
        ZoneId z = zoneId();
        if (cycles < 0) {
            throw new BadInputException("--cycles " + cycles + " is negative; give 0 or more");
        }
        InMemoryHistory history = LogSource.history(log, db, z, at);
        EvaluationContextBuilder b = EvaluationContext.builder().now(at).zone(z).task(task).history(history)
                .cycles(cycles);
        if (schedulerStarted != null) {
            b.schedulerStarted(Times.instant(schedulerStarted, z, "--scheduler-started"));
        }
        params.forEach(b::parameter);
        return b.build();
    }
}
