package dev.kairos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kairos.condition.Action;
import dev.kairos.task.Execution;
import dev.kairos.task.TaskDefinition;
import dev.kairos.testing.ManualClock;
import dev.kairos.testing.SessionHarness;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SchedulingTest {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private static SessionBuilder builder(String start) {
        return Session.builder().clock(ManualClock.at(start)).zone(PARIS);
    }

    @ParameterizedTest
    @EnumSource(value = Execution.class, names = {"MAIN", "THREAD"}) // a lambda body cannot cross into a child JVM
    void daily_after_runs_once_a_day_over_a_week(Execution execution) {
        AtomicInteger runs = new AtomicInteger();
        try (SessionHarness h = SessionHarness.start(builder("2024-03-27T00:00:00+01:00")
                .task(TaskDefinition.builder("report").start("daily after 08:00").execution(execution)
                        .body(ctx -> runs.incrementAndGet()).build()))) {
            h.runUntil(Instant.parse("2024-04-03T12:00:00Z"));
            // Mar 27 .. Apr 3: eight days, across the switch to summer time on Mar 31
            assertEquals(8, runs.get());
            assertEquals(8, h.count("report", Action.SUCCESS));
            List<Instant> starts = h.records("report").stream().filter(r -> r.action() == Action.RUN)
                    .map(r -> r.created()).toList();
            assertEquals(Instant.parse("2024-03-27T07:00:00Z"), starts.get(0));
            assertEquals(Instant.parse("2024-03-31T06:00:00Z"), starts.get(4)); // 08:00 summer time
        }
    }

    @Test
    void an_idle_session_sleeps_until_the_next_window() {
        try (SessionHarness h = SessionHarness.start(builder("2024-01-01T09:00:00+01:00")
                .task(TaskDefinition.builder("a").start("daily between 10:00 and 11:00").body(ctx -> null).build()))) {
            h.step();
            assertEquals(Instant.parse("2024-01-01T09:00:00Z"), h.nextWake());
            assertTrue(h.records().isEmpty());
        }
    }

    @Test
    void a_pass_looks_only_at_tasks_that_are_due_or_touched_by_an_event() {
        AtomicInteger probes = new AtomicInteger();
        SessionBuilder b = builder("2024-01-01T09:00:00+01:00").recheckInterval(java.time.Duration.ofHours(1))
                .defaultExecution(Execution.MAIN)
                .phrase("probe {}", (values, ctx) -> {
                    probes.incrementAndGet();
                    return false;
                })
                .task(TaskDefinition.builder("tick").body(ctx -> null).build())
                .task(TaskDefinition.builder("follower").start("after task 'tick' succeeded").body(ctx -> null)
                        .build());
        for (int i = 0; i < 100; i++) {
            b.task(TaskDefinition.builder("p" + i).start("probe 'x'").body(ctx -> null).build());
        }
        try (SessionHarness h = SessionHarness.start(b)) {
            h.settle();
            assertEquals(100, probes.get());
            for (int i = 0; i < 10; i++) {
                h.clock().advance(java.time.Duration.ofSeconds(1));
                h.session().runNow("tick");
                h.settle();
            }
            assertEquals(100, probes.get(), "tick's runs touch only tick and follower");
            assertEquals(10, h.count("follower", Action.SUCCESS));
            h.clock().set(Instant.parse("2024-01-01T09:00:00Z"));
            h.settle();
            assertEquals(200, probes.get(), "the unpredictable ones come back after the recheck interval");
            h.session().setParameter("unrelated", "x");
            h.settle();
            assertEquals(300, probes.get(), "a phrase may read any parameter: a change touches it");
            assertEquals(10, h.count("follower", Action.SUCCESS), "a parameter no condition reads starts nothing");
        }
    }

    @ParameterizedTest(name = "{0} from {1} to {2}: {3} runs")
    @org.junit.jupiter.params.provider.CsvSource({
        // zone, from, to, runs of 'daily after 02:30' (once per calendar day, DST or not)
        "Europe/Paris, 2024-03-30T00:00:00+01:00, 2024-04-02T00:00:00+02:00, 3", // spring forward: 02:30 does not exist
        "Europe/Paris, 2024-10-26T00:00:00+02:00, 2024-10-29T00:00:00+01:00, 3", // fall back: 02:30 happens twice
        "America/New_York, 2024-03-09T00:00:00-05:00, 2024-03-12T00:00:00-04:00, 3",
        "America/New_York, 2024-11-02T00:00:00-04:00, 2024-11-05T00:00:00-05:00, 3",
        "UTC, 2024-02-28T00:00:00Z, 2024-03-02T00:00:00Z, 3" // leap day
    })
    void a_daily_task_runs_once_per_calendar_day_across_dst(String zone, String from, String to, int runs) {
        try (SessionHarness h = SessionHarness.start(Session.builder().clock(ManualClock.at(from))
                .zone(ZoneId.of(zone)).defaultExecution(Execution.MAIN)
                .task(TaskDefinition.builder("d").start("daily after 02:30").body(ctx -> null).build()))) {
            h.runUntil(java.time.OffsetDateTime.parse(to).toInstant());
            assertEquals(runs, h.count("d", Action.SUCCESS));
        }
    }
}
