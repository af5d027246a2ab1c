package dev.kairos.benchmarks;

import dev.kairos.condition.Action;
import dev.kairos.condition.Condition;
import dev.kairos.condition.EvaluationContext;
import dev.kairos.condition.InMemoryHistory;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Evaluating typical conditions ({@code test}) and computing when they next change
 * ({@code nextChange}) against a session's status cache holding a day of history for the tasks
 * they name, in UTC and in a zone with DST; at one instant (as successive passes inside one
 * occurrence of a window ask) and moving a minute a call (boundaries crossed now and then).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class EvaluateBenchmark {
    @Param({"periodic", "dependency", "compound"})
    public String condition;

    @Param({"UTC", "Europe/Berlin"})
    public String zone;

    private Condition parsed;
    private EvaluationContext context;
    /** One context a minute over the hours around the history's end, walked in turn by the moving variants. */
    private EvaluationContext[] walk;
    private int step;

    @Setup
    public void setUp() {
        parsed = Condition.parse(switch (condition) {
            case "periodic" -> Conditions.PERIODIC;
            case "dependency" -> Conditions.DEPENDENCY;
            case "compound" -> Conditions.COMPOUND;
            default -> throw new IllegalArgumentException("condition: " + condition);
        });
        Instant now = Instant.parse("2024-03-15T10:30:00Z");
        InMemoryHistory cache = InMemoryHistory.bounded(16); // what a session's status cache is
        int run = 0;
        for (Instant at = now.minusSeconds(86_400); at.isBefore(now); at = at.plusSeconds(900)) {
            for (String task : new String[] {"t0", "t1", "me"}) {
                String id = Integer.toString(++run);
                cache.record(task, Action.RUN, at, id);
                cache.record(task, Action.SUCCESS, at.plusSeconds(5), id);
            }
        }
        context = EvaluationContext.builder().now(now).zone(ZoneId.of(zone)).task("me")
                .histories(cache::of).schedulerStarted(now.minusSeconds(3_600)).build();
        walk = new EvaluationContext[6 * 60];
        for (int i = 0; i < walk.length; i++) {
            walk[i] = EvaluationContext.builder().now(now.plusSeconds(60L * (i - walk.length / 2)))
                    .zone(ZoneId.of(zone)).task("me").histories(cache::of)
                    .schedulerStarted(now.minusSeconds(3_600)).build();
        }
    }

    private EvaluationContext nextInWalk() {
        step = step + 1 == walk.length ? 0 : step + 1;
        return walk[step];
    }

    @Benchmark
    public boolean test() {
        return parsed.test(context);
    }

    @Benchmark
    public Instant nextChange() {
        return parsed.nextChange(context);
    }

    /** As {@link #test}, a minute later at each call over six hours (then back): window boundaries are crossed. */
    @Benchmark
    public boolean testMoving() {
        return parsed.test(nextInWalk());
    }

    /** As {@link #nextChange}, moving like {@link #testMoving}. */
    @Benchmark
    public Instant nextChangeMoving() {
        return parsed.nextChange(nextInWalk());
    }
}
