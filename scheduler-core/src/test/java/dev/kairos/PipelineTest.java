package dev.kairos;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kairos.task.TaskDefinition;
import dev.kairos.testing.ManualClock;
import dev.kairos.testing.SessionHarness;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class PipelineTest {
    private final List<String> order = new CopyOnWriteArrayList<>();
    private final AtomicBoolean bFails = new AtomicBoolean();

    private SessionHarness pipeline() {
        return SessionHarness.start(Session.builder().clock(ManualClock.at("2024-05-06T07:00:00Z"))
                .zone(ZoneOffset.UTC)
                .task(step("a", "daily after 08:00"))
                .task(TaskDefinition.builder("b").start("after task 'a' succeeded").body(ctx -> {
                    order.add("b");
                    if (bFails.get()) {
                        throw new IllegalStateException("b broke");
                    }
                    return null;
                }).build())
                .task(step("c", "after task 'b' succeeded"))
                .task(step("alert", "after task 'b' failed")));
    }

    private TaskDefinition step(String name, String start) {
        return TaskDefinition.builder(name).start(start).body(ctx -> order.add(name)).build();
    }

    @Test
    void a_then_b_then_c_once_each_per_day() {
        try (SessionHarness h = pipeline()) {
            h.runUntil(Instant.parse("2024-05-08T07:00:00Z"));
            assertEquals(List.of("a", "b", "c", "a", "b", "c"), order);
            assertEquals(List.of("run", "success", "run", "success"), h.actions("c"));
            assertEquals(List.of(), h.actions("alert"));
        }
    }

    @Test
    void a_failure_of_b_takes_the_failure_branch_and_not_c() {
        bFails.set(true);
        try (SessionHarness h = pipeline()) {
            h.runUntil(Instant.parse("2024-05-06T12:00:00Z"));
            assertEquals(List.of("a", "b", "alert"), order);
            assertEquals(List.of("run", "fail"), h.actions("b"));
            assertEquals("b broke", h.records("b").get(1).message());
        }
    }

    @Test
    void nothing_downstream_starts_before_a_has_run() {
        try (SessionHarness h = pipeline()) {
            h.runUntil(Instant.parse("2024-05-06T07:59:59Z"));
            assertEquals(List.of(), order);
            assertEquals(Instant.parse("2024-05-06T08:00:00Z"), h.nextWake());
        }
    }
}
