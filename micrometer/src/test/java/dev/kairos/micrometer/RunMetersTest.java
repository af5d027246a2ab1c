package dev.kairos.micrometer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kairos.condition.Action;
import dev.kairos.log.LogRecord;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RunMetersTest {
    private static final Instant NINE = Instant.parse("2024-05-06T09:00:00Z");

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    @Test
    void a_body_that_began_before_it_was_due_counts_as_not_late() {
        RunMeters runs = new RunMeters(new MeterSet(registry, Tags.empty()));
        runs.bodyStarted("t", "1", NINE, NINE.minusSeconds(3));
        Timer lateness = registry.get("kairos.run.lateness").tags("task", "t").timer();
        assertEquals(1, lateness.count());
        assertEquals(0.0, lateness.totalTime(TimeUnit.NANOSECONDS));
    }

    @Test
    void a_registry_that_throws_for_every_meter_throws_nothing_into_the_hooks() {
        AtomicInteger refused = new AtomicInteger();
        registry.config().meterFilter(new MeterFilter() {
            @Override
            public Meter.Id map(Meter.Id id) {
                refused.incrementAndGet();
                throw new IllegalStateException("no meters here");
            }
        });
        RunMeters runs = new RunMeters(new MeterSet(registry, Tags.empty()));
        runs.runStarted(LogRecord.started("t", "1", NINE));
        runs.bodyStarted("t", "1", NINE, NINE);
        runs.runFinished(LogRecord.finished("t", "1", Action.FAIL, NINE, NINE.plusSeconds(1), "broke", null));
        assertEquals(List.of(), registry.getMeters());
        assertTrue(refused.get() >= 4, "each hook asked for its meters: " + refused.get());
    }
}
