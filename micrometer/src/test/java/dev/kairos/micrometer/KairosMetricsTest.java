package dev.kairos.micrometer;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.toMap;
import static java.util.stream.Collectors.toSet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kairos.Session;
import dev.kairos.SessionBuilder;
import dev.kairos.SessionHandle;
import dev.kairos.SessionListener;
import dev.kairos.condition.Action;
import dev.kairos.log.LogRecord;
import dev.kairos.log.TaskLog;
import dev.kairos.task.Execution;
import dev.kairos.task.NothingToDo;
import dev.kairos.task.TaskBody;
import dev.kairos.task.TaskDefinition;
import dev.kairos.testing.ManualClock;
import dev.kairos.testing.SessionHarness;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class KairosMetricsTest {
    private static final Instant MIDNIGHT = Instant.parse("2024-05-06T00:00:00Z");
    private static final Instant EIGHT = Instant.parse("2024-05-06T08:00:00Z");

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    private static SessionBuilder session(TaskDefinition... tasks) {
        SessionBuilder builder = Session.builder().clock(ManualClock.at(MIDNIGHT)).zone(ZoneOffset.UTC).threads(2);
        for (TaskDefinition task : tasks) {
            builder.task(task);
        }
        return builder;
    }

    private static TaskDefinition task(String name, String start, TaskBody body) {
        return TaskDefinition.builder(name).start(start).body(body).build();
    }

    private static TaskDefinition held(String name, CountDownLatch release) {
        return task(name, "daily after 08:00", ctx -> {
            release.await();
            return null;
        });
    }

    private double gauge(String name, String... tags) {
        return registry.get(name).tags(tags).gauge().value();
    }

    private double active(String task) {
        return gauge("kairos.runs.active", "task", task);
    }

    /** Per [task, outcome], how many finish records the session wrote. */
    private static Map<List<String>, Long> finishes(SessionHarness h) {
        return h.records().stream().filter(r -> r.action() != Action.RUN)
                .collect(groupingBy(r -> List.of(r.task(), r.action().code()), counting()));
    }

    @Test
    void counts_by_task_and_outcome_equal_the_logs_finish_records_after_a_day() {
        AtomicInteger flaky = new AtomicInteger();
        AtomicInteger poll = new AtomicInteger();
        try (SessionHarness h = SessionHarness.start(session(
                task("hourly", "every 1 hour", ctx -> null),
                task("flaky", "every 1 hour", ctx -> {
                    if (flaky.incrementAndGet() % 3 == 0) {
                        throw new IllegalStateException("every third run fails");
                    }
                    return null;
                }),
                task("poll", "every 2 hours", ctx -> {
                    if (poll.incrementAndGet() % 2 == 0) {
                        throw new NothingToDo("no new files");
                    }
                    return null;
                }),
                task("fetch", "daily after 08:00", ctx -> null),
                TaskDefinition.builder("report").start("after task 'fetch' succeeded").execution(Execution.MAIN)
                        .body(ctx -> null).build()))) {
            KairosMetrics.bind(h.session(), registry);
            h.runUntil(MIDNIGHT.plus(Duration.ofDays(1)));

            Map<List<String>, Long> expected = finishes(h);
            Map<List<String>, Long> counted = registry.find("kairos.runs").counters().stream().collect(toMap(
                    c -> List.of(c.getId().getTag("task"), c.getId().getTag("outcome")), c -> (long) c.count()));
            Map<List<String>, Long> timed = registry.find("kairos.run.duration").timers().stream().collect(toMap(
                    t -> List.of(t.getId().getTag("task"), t.getId().getTag("outcome")), Timer::count));
            assertEquals(expected, counted, "kairos.runs by task and outcome");
            assertEquals(expected, timed, "kairos.run.duration: every finish here has a runtime");
            assertEquals(Set.of("success", "fail", "inaction"), expected.keySet().stream().map(k -> k.get(1)).collect(toSet()));
            assertTrue(expected.get(List.of("hourly", "success")) >= 24, expected::toString);
            assertEquals(1L, expected.get(List.of("fetch", "success")));
            assertEquals(1L, expected.get(List.of("report", "success")), "after fetch, once");
            for (String task : h.session().taskNames()) {
                assertEquals(0.0, active(task), task + ": every run has finished");
            }
        }
    }

    @Test
    void the_active_gauge_is_one_while_a_run_is_held_and_zero_once_it_finished() {
        CountDownLatch release = new CountDownLatch(1);
        try (SessionHarness h = SessionHarness.start(session(held("slow", release)))) {
            KairosMetrics.bind(h.session(), registry);
            assertEquals(0.0, active("slow"), "registered when bound");
            h.stepAt(EIGHT);
            assertEquals(1.0, active("slow"));
            assertEquals(1.0, gauge("kairos.slots.used", "execution", "thread"));
            release.countDown();
            h.awaitRuns().step();
            assertEquals(0.0, active("slow"));
            assertEquals(0.0, gauge("kairos.slots.used", "execution", "thread"));
        }
    }

    @Test
    void the_duration_timer_records_each_finish_with_its_runtime() {
        CountDownLatch release = new CountDownLatch(1);
        try (SessionHarness h = SessionHarness.start(session(held("slow", release)))) {
            KairosMetrics.bind(h.session(), registry);
            h.stepAt(EIGHT);
            h.clock().advance(Duration.ofSeconds(90));
            release.countDown();
            h.awaitRuns().step();
            LogRecord finish = h.records("slow").get(1);
            assertTrue(finish.runtime().compareTo(Duration.ofSeconds(90)) >= 0, finish::toString);
            Timer timer = registry.get("kairos.run.duration").tags("task", "slow", "outcome", "success").timer();
            assertEquals(1, timer.count());
            assertEquals((double) finish.runtime().toNanos(), timer.totalTime(TimeUnit.NANOSECONDS));
        }
    }

    @Test
    void lateness_is_recorded_for_each_body_start_from_due_to_began() {
        List<Duration> heard = new CopyOnWriteArrayList<>();
        try (SessionHarness h = SessionHarness.start(session(task("fetch", "daily after 08:00", ctx -> null),
                TaskDefinition.builder("tick").start("every 1 hour").execution(Execution.MAIN).body(ctx -> null).build()))) {
            KairosMetrics.bind(h.session(), registry);
            h.session().addListener(new SessionListener() {
                @Override
                public void bodyStarted(String task, String runId, Instant due, Instant began) {
                    heard.add(Duration.between(due, began));
                }
            });
            h.step();                                          // midnight: tick runs; fetch waits for 08:00
            h.stepAt("2024-05-06T08:05:00Z").awaitRuns().step(); // fetch, due since 08:00, begins at 08:05

            Timer fetch = registry.get("kairos.run.lateness").tags("task", "fetch").timer();
            assertEquals(1, fetch.count());
            assertEquals((double) Duration.ofMinutes(5).toNanos(), fetch.totalTime(TimeUnit.NANOSECONDS));
            List<Timer> timers = List.copyOf(registry.find("kairos.run.lateness").timers());
            assertEquals(3, heard.size(), "tick at midnight and at 08:05, fetch at 08:05");
            assertEquals(heard.size(), timers.stream().mapToLong(Timer::count).sum());
            assertEquals((double) heard.stream().mapToLong(Duration::toNanos).sum(),
                    timers.stream().mapToDouble(t -> t.totalTime(TimeUnit.NANOSECONDS)).sum());
        }
    }

    @Test
    void the_task_gauges_follow_adds_removes_and_set_enabled() {
        try (SessionHarness h = SessionHarness.start(session(task("a", "every 1 hour", ctx -> null),
                TaskDefinition.builder("b").start("daily after 08:00").disabled(true).body(ctx -> null).build()))) {
            KairosMetrics.bind(h.session(), registry);
            Session s = h.session();
            h.step();
            assertEquals(2.0, gauge("kairos.tasks"));
            assertEquals(1.0, gauge("kairos.tasks.enabled"));
            s.setEnabled("b", true);
            h.step();
            assertEquals(2.0, gauge("kairos.tasks.enabled"));
            s.add(task("c", "daily after 09:00", ctx -> null));
            h.step();
            assertEquals(3.0, gauge("kairos.tasks"));
            assertEquals(3.0, gauge("kairos.tasks.enabled"));
            s.setEnabled("a", false);
            s.remove("c");
            h.step();
            assertEquals(2.0, gauge("kairos.tasks"));
            assertEquals(1.0, gauge("kairos.tasks.enabled"));
        }
    }

    @Test
    void slot_gauges_show_each_executions_use_and_limit_and_main_has_no_limit() {
        try (SessionHarness h = SessionHarness.start(session(task("a", "daily after 08:00", ctx -> null)).processes(3))) {
            KairosMetrics.bind(h.session(), registry);
            assertEquals(2.0, gauge("kairos.slots.capacity", "execution", "thread"));
            assertEquals(3.0, gauge("kairos.slots.capacity", "execution", "process"));
            assertNull(registry.find("kairos.slots.capacity").tags("execution", "main").gauge(), "no limit, no gauge");
            for (String execution : List.of("main", "thread", "process")) {
                assertEquals(0.0, gauge("kairos.slots.used", "execution", execution), execution);
            }
        }
    }

    @Test
    void a_task_added_later_gets_its_active_gauge_with_its_first_run() {
        try (SessionHarness h = SessionHarness.start(session(task("a", "daily after 08:00", ctx -> null)))) {
            KairosMetrics.bind(h.session(), registry);
            h.session().add(task("late", "every 1 hour", ctx -> null));
            assertNull(registry.find("kairos.runs.active").tags("task", "late").gauge());
            h.step().awaitRuns().step();
            assertEquals(0.0, active("late"));
            assertEquals(1.0, registry.get("kairos.runs").tags("task", "late", "outcome", "success").counter().count());
        }
    }

    @Test
    void a_task_added_between_binding_and_start_has_its_active_gauge_from_the_start() {
        Session s = session(task("a", "daily after 08:00", ctx -> null)).build();
        KairosMetrics.bind(s, registry);
        s.add(task("added", "daily after 08:00", ctx -> null)); // as a Spring context adds its beans' tasks
        assertNull(registry.find("kairos.runs.active").tags("task", "added").gauge());
        SessionHandle handle = s.startInBackground();
        try {
            assertNotNull(registry.find("kairos.runs.active").tags("task", "added").gauge());
        } finally {
            handle.close();
        }
    }

    @Test
    void a_finish_whose_start_the_binding_did_not_see_leaves_the_active_gauge_at_zero() {
        CountDownLatch release = new CountDownLatch(1);
        try (SessionHarness h = SessionHarness.start(session(held("slow", release)))) {
            h.stepAt(EIGHT);
            KairosMetrics.bind(h.session(), registry);
            assertEquals(0.0, active("slow"), "only runs started since binding");
            release.countDown();
            h.awaitRuns().step();
            assertEquals(0.0, active("slow"));
            assertEquals(1.0, registry.get("kairos.runs").tags("task", "slow", "outcome", "success").counter().count());
        }
    }

    @Test
    void a_crash_found_at_start_is_counted_and_leaves_the_active_gauge_at_zero() throws Exception {
        TaskLog log = TaskLog.inMemory();
        log.append(List.of(LogRecord.started("nightly", "7", Instant.parse("2024-05-05T23:00:00Z"))));
        Session s = session(task("nightly", "daily after 23:00", ctx -> null)).taskLog(log).build();
        KairosMetrics.bind(s, registry);
        SessionHandle handle = s.startInBackground(); // returns once the log is read and the crash written
        handle.close();
        assertEquals(1.0, registry.get("kairos.runs").tags("task", "nightly", "outcome", "crash").counter().count());
        assertEquals(0.0, active("nightly"));
        assertEquals(1, registry.get("kairos.run.duration").tags("task", "nightly", "outcome", "crash").timer().count());
    }

    @Test
    void close_removes_every_meter_of_the_binding_and_counts_no_more() {
        try (SessionHarness h = SessionHarness.start(session(task("a", "every 1 hour", ctx -> null)))) {
            KairosMetrics metrics = KairosMetrics.bind(h.session(), registry);
            h.step().awaitRuns().step();
            assertEquals(1.0, registry.get("kairos.runs").tags("task", "a", "outcome", "success").counter().count());
            metrics.close();
            assertEquals(List.of(), registry.getMeters());
            h.stepAt("2024-05-06T01:00:00Z").awaitRuns().step();
            assertEquals(List.of(), registry.getMeters(), "nothing registered after close");
            assertEquals(List.of("run", "success", "run", "success"), h.actions("a"), "the session goes on");
            metrics.close();
        }
    }

    @Test
    void common_tags_are_on_every_meter_and_the_meters_own_keys_are_refused() {
        try (SessionHarness h = SessionHarness.start(session(task("a", "every 1 hour", ctx -> null)))) {
            KairosMetrics.bind(h.session(), registry, Tags.of("session", "orders"));
            h.step().awaitRuns().step();
            Set<String> names = registry.getMeters().stream().map(m -> m.getId().getName()).collect(toSet());
            assertEquals(Set.of("kairos.runs", "kairos.run.duration", "kairos.runs.active", "kairos.run.lateness",
                    "kairos.tasks", "kairos.tasks.enabled", "kairos.slots.used", "kairos.slots.capacity"), names);
            for (Meter m : registry.getMeters()) {
                assertEquals("orders", m.getId().getTag("session"), m.getId().toString());
            }
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> KairosMetrics.bind(h.session(), registry, Tags.of("task", "x")));
            assertEquals("common tag 'task=x' uses a key the meters set themselves; use a key other than task, outcome "
                    + "or execution", e.getMessage());
        }
    }

    @Test
    void a_meter_the_registry_refuses_is_skipped_and_the_session_and_the_other_meters_go_on() {
        AtomicInteger refused = new AtomicInteger();
        registry.config().meterFilter(new MeterFilter() {
            @Override
            public Meter.Id map(Meter.Id id) {
                if (id.getName().equals("kairos.runs")) {
                    refused.incrementAndGet();
                    throw new IllegalArgumentException("kairos.runs is refused here");
                }
                return id;
            }
        });
        try (SessionHarness h = SessionHarness.start(session(task("a", "every 1 hour", ctx -> null)))) {
            KairosMetrics.bind(h.session(), registry);
            h.step().awaitRuns().step();
            assertTrue(refused.get() > 0, "the registry was asked for kairos.runs");
            assertNull(registry.find("kairos.runs").counter());
            assertEquals(1, registry.get("kairos.run.duration").tags("task", "a", "outcome", "success").timer().count());
            assertEquals(List.of("run", "success"), h.actions("a"));
        }
    }

    @Test
    void in_prometheus_the_meters_have_the_names_readme_lists() {
        PrometheusMeterRegistry prometheus = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        try (SessionHarness h = SessionHarness.start(session(task("a", "every 1 hour", ctx -> null)))) {
            KairosMetrics.bind(h.session(), prometheus);
            h.step().awaitRuns().step();
            String scrape = prometheus.scrape();
            Set<String> names = scrape.lines().filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> l.split("[{ ]", 2)[0]).collect(toSet());
            assertEquals(Set.of("kairos_runs_total", "kairos_runs_active", "kairos_tasks", "kairos_tasks_enabled",
                    "kairos_slots_used", "kairos_slots_capacity",
                    "kairos_run_duration_seconds_count", "kairos_run_duration_seconds_sum", "kairos_run_duration_seconds_max",
                    "kairos_run_lateness_seconds_count", "kairos_run_lateness_seconds_sum", "kairos_run_lateness_seconds_max"),
                    names, scrape);
            assertTrue(scrape.contains("kairos_runs_total{outcome=\"success\",task=\"a\"} 1"), scrape);
            assertTrue(scrape.contains("kairos_slots_capacity{execution=\"thread\"} 2"), scrape);
        }
    }
}
