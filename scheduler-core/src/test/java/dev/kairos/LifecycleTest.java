package dev.kairos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kairos.condition.Conditions;
import dev.kairos.log.LogRecord;
import dev.kairos.task.Execution;
import dev.kairos.task.TaskDefinition;
import dev.kairos.testing.ManualClock;
import dev.kairos.testing.SessionHarness;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class LifecycleTest {
    private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");
    private final List<String> events = new CopyOnWriteArrayList<>();

    private SessionBuilder builder() {
        return Session.builder().clock(ManualClock.at(T0)).zone(ZoneOffset.UTC).defaultExecution(Execution.MAIN);
    }

    private TaskDefinition task(String name) {
        return TaskDefinition.builder(name).body(ctx -> events.add("body " + name)).build();
    }

    @Test
    void hooks_see_session_start_run_start_run_finish_and_session_stop_in_order() {
        SessionListener listener = new SessionListener() {
            @Override
            public void sessionStarted(Session session) {
                events.add("started");
            }

            @Override
            public void runStarted(LogRecord r) {
                events.add("run " + r.task());
            }

            @Override
            public void runFinished(LogRecord r) {
                events.add(r.action().code() + " " + r.task());
            }

            @Override
            public void sessionStopped(Session session) {
                events.add("stopped");
            }
        };
        try (SessionHarness h = SessionHarness.start(builder().listener(listener).task(task("a")))) {
            h.session().runNow("a");
            h.settle().shutdown();
            assertTrue(h.isStopped());
        }
        assertEquals(List.of("started", "run a", "body a", "success a", "stopped"), events);
    }

    @Test
    void a_failing_hook_is_ignored_and_does_not_change_the_run() {
        SessionListener broken = new SessionListener() {
            @Override
            public void runStarted(LogRecord r) {
                throw new IllegalStateException("hook bug");
            }
        };
        try (SessionHarness h = SessionHarness.start(builder().listener(broken).task(task("a")))) {
            h.session().runNow("a");
            h.settle();
            assertEquals(List.of("run", "success"), h.actions("a"));
        }
    }

    @Test
    void a_body_start_is_heard_with_when_its_task_became_due_so_its_lateness_shows() {
        List<String> starts = new CopyOnWriteArrayList<>();
        SessionListener timing = new SessionListener() {
            @Override
            public void bodyStarted(String task, String runId, Instant due, Instant began) {
                starts.add(task + " #" + runId + " due " + due + " began " + began + " on "
                        + (Thread.currentThread().getName().startsWith("kairos-run-") ? "a pool thread" : "this thread"));
            }
        };
        SessionListener broken = new SessionListener() {
            @Override
            public void bodyStarted(String task, String runId, Instant due, Instant began) {
                throw new IllegalStateException("hook bug");
            }
        };
        try (SessionHarness h = SessionHarness.start(builder().listener(broken).listener(timing)
                .task(TaskDefinition.builder("late").start("daily after 08:00").execution(Execution.THREAD)
                        .body(ctx -> null).build())
                .task(task("asked")))) {
            h.step();
            h.stepAt(T0.plus(Duration.ofHours(8)).plusSeconds(5)).awaitRuns();
            h.session().runNow("asked");
            h.settle();
            assertEquals(List.of("late #1 due 2024-01-01T08:00:00Z began 2024-01-01T08:00:05Z on a pool thread",
                    "asked #2 due 2024-01-01T08:00:05Z began 2024-01-01T08:00:05Z on this thread"), starts);
            assertEquals(List.of("run", "success"), h.actions("late"));
        }
    }

    @Test
    void a_throwing_condition_is_false_by_default_and_rechecked_after_the_interval() {
        try (SessionHarness h = SessionHarness.start(builder().recheckInterval(Duration.ofSeconds(5))
                .phrase("flaky {}", (values, ctx) -> {
                    throw new IllegalStateException("sensor offline");
                }).task(TaskDefinition.builder("a").start("flaky 'x'").body(ctx -> null).build()))) {
            h.settle();
            assertEquals(List.of(), h.actions("a"));
            assertEquals(T0.plusSeconds(5), h.nextWake());
            assertFalse(h.isStopped());
        }
    }

    @Test
    void a_throwing_condition_stops_the_session_when_condition_errors_are_fatal() {
        try (SessionHarness h = SessionHarness.start(builder().onConditionError(OnConditionError.FATAL)
                .phrase("flaky {}", (values, ctx) -> {
                    throw new IllegalStateException("sensor offline");
                }).task(TaskDefinition.builder("a").start("flaky 'x'").body(ctx -> null).build()))) {
            h.step();
            assertTrue(h.isStopped());
        }
    }

    @Test
    void the_shutdown_condition_stops_the_session() {
        try (SessionHarness h = SessionHarness.start(builder().shutdownCondition("scheduler has run over 1 hour")
                .task(TaskDefinition.builder("tick").start("hourly").body(ctx -> null).build()))) {
            h.runUntil(T0.plus(Duration.ofHours(3)));
            assertTrue(h.isStopped());
            assertEquals(2, h.records("tick").size() / 2);
        }
    }

    @Test
    void a_shutdown_condition_built_in_java_stops_the_session_as_its_text_does() {
        try (SessionHarness h = SessionHarness.start(builder()
                .shutdownCondition(Conditions.schedulerHasRunOver(Duration.ofHours(1)))
                .task(TaskDefinition.builder("tick").start(Conditions.hourly()).body(ctx -> null).build()))) {
            h.runUntil(T0.plus(Duration.ofHours(3)));
            assertTrue(h.isStopped());
            assertEquals(2, h.records("tick").size() / 2);
        }
    }

    @Test
    void graceful_shutdown_waits_for_runs_then_terminates_what_is_left() {
        CountDownLatch never = new CountDownLatch(1);
        CountDownLatch quick = new CountDownLatch(1);
        try (SessionHarness h = SessionHarness.start(builder().shutdownWait(Duration.ofMinutes(1))
                .task(TaskDefinition.builder("stuck").execution(Execution.THREAD).body(ctx -> {
                    never.await();
                    return null;
                }).build())
                .task(TaskDefinition.builder("short").execution(Execution.THREAD).body(ctx -> {
                    quick.await();
                    return null;
                }).build())
                .task(TaskDefinition.builder("late").start("true").body(ctx -> null).build().toBuilder()
                        .disabled(true).build()))) {
            h.session().runNow("stuck");
            h.session().runNow("short");
            h.step();
            h.session().shutdown();
            h.step();
            assertFalse(h.isStopped(), "waits for the runs");
            quick.countDown();
            h.step(); // nothing recorded until the run returns; then a pass records it
            h.clock().advance(Duration.ofSeconds(59));
            h.step();
            assertFalse(h.isStopped());
            h.clock().advance(Duration.ofSeconds(1));
            h.step();
            assertTrue(h.isStopped());
            assertEquals(List.of("run", "terminate"), h.actions("stuck"));
            assertTrue(h.records("stuck").get(1).message().contains("session stopped"));
        }
    }

    @Test
    void startup_tasks_run_first_and_shutdown_tasks_run_at_the_end() {
        try (SessionHarness h = SessionHarness.start(builder()
                .task(TaskDefinition.builder("work").start("every 1 hour").body(ctx -> events.add("work")).build())
                .task(TaskDefinition.builder("init").phase(TaskDefinition.Phase.ON_STARTUP)
                        .body(ctx -> events.add("init")).build())
                .task(TaskDefinition.builder("bye").phase(TaskDefinition.Phase.ON_SHUTDOWN)
                        .body(ctx -> events.add("bye")).build()))) {
            h.runUntil(T0.plus(Duration.ofMinutes(90)));
            h.shutdown();
            assertTrue(h.isStopped());
        }
        assertEquals(List.of("init", "work", "work", "bye"), events);
    }

    @Test
    void a_background_session_runs_on_its_own_thread_and_stops_on_close() throws InterruptedException {
        CountDownLatch ran = new CountDownLatch(1);
        Session session = Session.builder().zone(ZoneOffset.UTC).task(TaskDefinition.builder("now")
                .body(ctx -> {
                    ran.countDown();
                    return null;
                }).build()).build();
        try (SessionHandle handle = session.startInBackground()) {
            assertTrue(handle.isRunning());
            handle.session().runNow("now");
            ran.await();
        }
        assertTrue(session.taskNames().contains("now"));
    }

    @Test
    void start_throws_when_a_fatal_condition_error_stopped_the_session() {
        Session session = Session.builder().zone(ZoneOffset.UTC).onConditionError(OnConditionError.FATAL)
                .phrase("flaky {}", (values, ctx) -> {
                    throw new IllegalStateException("sensor offline");
                })
                .task(TaskDefinition.builder("a").start("flaky 'x'").body(ctx -> null).build()).build();
        SessionFailedException e = org.junit.jupiter.api.Assertions.assertThrows(SessionFailedException.class,
                session::start);
        assertTrue(e.getMessage().contains("sensor offline"), e.getMessage());
    }

    @Test
    void start_in_background_reports_unknown_task_names_to_the_caller() {
        Session session = Session.builder().task(TaskDefinition.builder("b").start("after task 'a' succeeded")
                .body(ctx -> null).build()).build();
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, session::startInBackground);
    }
}
