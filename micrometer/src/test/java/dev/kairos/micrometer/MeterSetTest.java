package dev.kairos.micrometer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import org.junit.jupiter.api.Test;

class MeterSetTest {
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    @Test
    void closing_removes_the_kept_meters_and_leaves_the_registrys_others() {
        Counter theirs = Counter.builder("theirs").register(registry);
        MeterSet set = new MeterSet(registry, Tags.of("k", "v"));
        set.keep(Counter.builder("kept").tags(set.tags("task", "t")).register(registry));
        set.close();
        assertEquals(List.of(theirs), registry.getMeters());
    }

    @Test
    void a_meter_kept_after_closing_is_removed_at_once() {
        MeterSet set = new MeterSet(registry, Tags.empty());
        set.close();
        set.keep(Counter.builder("late").register(registry));
        assertEquals(List.of(), registry.getMeters());
    }
}
