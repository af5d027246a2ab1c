package dev.kairos.condition;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Builds an immutable {@link EvaluationContext}. Unset values default to: the epoch, the system
 * zone, no task, empty histories, no parameters, a scheduler that has not started, 0 cycles and a
 * one-second recheck interval.
 */
public final class EvaluationContextBuilder {
    private Instant now = Instant.EPOCH;
    private ZoneId zone = ZoneId.systemDefault();
    private String task;
    private Function<String, TaskHistory> histories = name -> TaskHistory.empty();
    private final Map<String, Object> parameters = new HashMap<>();
    private Instant schedulerStarted;
    private long cycles;
    private Duration recheckInterval = Duration.ofSeconds(1);

    EvaluationContextBuilder() {
    }

    /** The instant of the evaluation. */
    public EvaluationContextBuilder now(Instant now) {
        this.now = Objects.requireNonNull(now, "now");
        return this;
    }

    /** The zone of the periods. */
    public EvaluationContextBuilder zone(ZoneId zone) {
        this.zone = Objects.requireNonNull(zone, "zone");
        return this;
    }

    /** The evaluating task, or {@code null} for none. */
    public EvaluationContextBuilder task(String task) {
        this.task = task;
        return this;
    }

    /** Where task histories come from. */
    public EvaluationContextBuilder history(InMemoryHistory history) {
        Objects.requireNonNull(history, "history");
        this.histories = history::of;
        return this;
    }

    /** Where task histories come from; the function must never return {@code null}. */
    public EvaluationContextBuilder histories(Function<String, TaskHistory> histories) {
        this.histories = Objects.requireNonNull(histories, "histories");
        return this;
    }

    /** A session parameter. */
    public EvaluationContextBuilder parameter(String name, Object value) {
        parameters.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
        return this;
    }

    /** When the scheduler started. */
    public EvaluationContextBuilder schedulerStarted(Instant started) {
        this.schedulerStarted = started;
        return this;
    }

    /** How many loop passes the scheduler has made. */
    public EvaluationContextBuilder cycles(long cycles) {
        if (cycles < 0) {
            throw new IllegalArgumentException("cycles must be 0 or more, was " + cycles);
        }
        this.cycles = cycles;
        return this;
    }

    /** How soon conditions whose next change cannot be known are re-checked. */
    public EvaluationContextBuilder recheckInterval(Duration interval) {
        if (interval == null || interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("recheckInterval must be positive, was " + interval);
        }
        this.recheckInterval = interval;
        return this;
    }

    /** The context; later changes to this builder do not affect it. */
    public EvaluationContext build() {
        return new FixedContext(now, zone, task, histories, Map.copyOf(parameters), schedulerStarted, cycles,
                recheckInterval);
    }

    private record FixedContext(Instant now, ZoneId zone, String taskName, Function<String, TaskHistory> histories,
            Map<String, Object> parameters, Instant schedulerStarted, long cycles, Duration recheckInterval)
            implements EvaluationContext {

        @Override
        public TaskHistory history(String task) {
            TaskHistory h = histories.apply(task);
            return h == null ? TaskHistory.empty() : h;
        }

        @Override
        public Object parameter(String name) {
            return parameters.get(name);
        }
    }
}
