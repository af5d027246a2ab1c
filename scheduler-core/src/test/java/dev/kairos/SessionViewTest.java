package dev.kairos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kairos.condition.Action;
import dev.kairos.condition.Explanation;
import dev.kairos.log.LogRecord;
import dev.kairos.log.LogProblem;
import dev.kairos.log.TaskLog;
import dev.kairos.task.Execution;
import dev.kairos.task.TaskDefinition;
import dev.kairos.testing.ManualClock;
import dev.kairos.testing.SessionHarness;
import dev.kairos.view.SessionView;
import dev.kairos.view.TaskView;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class SessionViewTest {
    private static final Instant SEVEN = Instant.parse("2024-05-06T07:00:00Z");

    private static SessionBuilder pipeline(CountDownLatch release) {
        return Session.builder().clock(ManualClock.at(SEVEN)).zone(ZoneOffset.UTC).threads(2)
                .task(TaskDefinition.builder("fetch").start("daily after 08:00").body(ctx -> {
                    release.await();
                    return null;
                }).build())
                .task(TaskDefinition.builder("report").start("after task 'fetch' succeeded").execution(Execution.MAIN)
                        .body(ctx -> null).build())
                .task(TaskDefinition.builder("off").start("every 1 minute").disabled(true).body(ctx -> null).build());
    }

    @Test
    void before_the_session_starts_its_tasks_are_listed_as_bound() {
        Session s = pipeline(new CountDownLatch(0)).build();
        SessionView view = s.view();
        assertEquals(SessionView.State.NEW, view.state());
        assertEquals(List.of("fetch", "off", "report"), view.tasks().stream().map(TaskView::name).toList());
        assertEquals(TaskView.State.DISABLED, view.task("off").orElseThrow().state());
        assertEquals(TaskView.State.IDLE, view.task("fetch").orElseThrow().state());
        assertEquals(Execution.THREAD, view.task("fetch").orElseThrow().execution(), "the session's default");
        assertEquals(2, view.capacity(Execution.THREAD));
        assertEquals(0, view.runsInProgress(Execution.THREAD));
        assertEquals(2, view.enabledTasks(), "'off' is disabled");
    }

    @Test
    void the_count_of_enabled_tasks_follows_enable_and_disable() {
        try (SessionHarness h = SessionHarness.start(pipeline(new CountDownLatch(0)))) {
            Session s = h.session();
            h.step();
            assertEquals(2, s.view().enabledTasks());
            s.setEnabled("off", true);
            h.step();
            assertEquals(3, s.view().enabledTasks());
            s.setEnabled("fetch", false);
            s.setEnabled("report", false);
            h.step();
            assertEquals(1, s.view().enabledTasks());
        }
    }

    @Test
    void a_listener_added_to_a_built_session_hears_its_runs() {
        List<String> heard = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (SessionHarness h = SessionHarness.start(pipeline(new CountDownLatch(0)))) {
            h.session().addListener(new SessionListener() {
                @Override
                public void runStarted(LogRecord record) {
                    heard.add("run " + record.task());
                }

                @Override
                public void runFinished(LogRecord record) {
                    heard.add(record.action().code() + " " + record.task());
                }
            });
            h.stepAt("2024-05-06T08:00:00Z").awaitRuns().step().step();
        }
        assertEquals(List.of("run fetch", "success fetch", "run report", "success report"), heard);
    }

    @Test
    void a_running_task_its_outcome_and_its_next_start_are_shown() {
        CountDownLatch release = new CountDownLatch(1);
        try (SessionHarness h = SessionHarness.start(pipeline(release))) {
            SessionView view = h.session().view();
            h.step();
            assertEquals(SessionView.State.RUNNING, view.state());
            TaskView fetch = view.task("fetch").orElseThrow();
            assertEquals(TaskView.State.IDLE, fetch.state());
            assertEquals(Instant.parse("2024-05-06T08:00:00Z"), fetch.nextStart());
            assertEquals(null, fetch.lastOutcome());

            h.stepAt("2024-05-06T08:00:00Z");
            fetch = view.task("fetch").orElseThrow();
            assertEquals(TaskView.State.RUNNING, fetch.state());
            assertEquals(List.of("1"), fetch.runs().stream().map(r -> r.runId()).toList());
            assertEquals(1, view.runsInProgress(Execution.THREAD));

            release.countDown();
            h.awaitRuns().step();
            fetch = view.task("fetch").orElseThrow();
            assertEquals(TaskView.State.IDLE, fetch.state());
            assertEquals(Action.SUCCESS, fetch.lastOutcome());
            assertEquals(Instant.parse("2024-05-07T08:00:00Z"), fetch.nextStart(), "tomorrow");
            assertEquals(0, view.runsInProgress(Execution.THREAD));
            assertEquals(Action.SUCCESS, view.task("report").orElseThrow().lastOutcome(), "ran after fetch");
        }
    }

    @Test
    void the_next_start_follows_the_clock_between_passes_and_every_event_that_can_change_it() {
        CountDownLatch release = new CountDownLatch(1);
        try (SessionHarness h = SessionHarness.start(pipeline(release)
                .task(TaskDefinition.builder("flagged").start("param 'go' exists").body(ctx -> null).build())
                .task(TaskDefinition.builder("late").start("time of day between 08:10 and 12:00 & after task 'report' "
                        + "succeeded").body(ctx -> null).build()))) {
            SessionView view = h.session().view();
            h.step();
            assertEquals(null, view.task("late").orElseThrow().nextStart(), "only report can make it hold");
            assertEquals("outside the window; the next one starts 2024-05-06T08:10",
                    view.task("late").orElseThrow().waitsFor());
            assertTrue(view.task("report").orElseThrow().waitsFor().contains("'fetch'"),
                    view.task("report").orElseThrow().waitsFor());
            assertEquals(null, view.task("fetch").orElseThrow().waitsFor(), "it has a next start");
            assertEquals(Instant.parse("2024-05-06T08:00:00Z"), view.task("fetch").orElseThrow().nextStart());
            h.clock().set(Instant.parse("2024-05-06T07:30:00Z"));
            assertEquals(Instant.parse("2024-05-06T08:00:00Z"), view.task("fetch").orElseThrow().nextStart());
            h.clock().set(Instant.parse("2024-05-06T08:30:00Z"));
            assertEquals(Instant.parse("2024-05-06T08:30:00Z"), view.task("fetch").orElseThrow().nextStart(),
                    "due now, though no pass looked at it since 07:00");
            assertEquals(null, view.task("report").orElseThrow().nextStart());
            assertEquals(null, view.task("flagged").orElseThrow().nextStart());
            assertTrue(view.task("late").orElseThrow().waitsFor().contains("'report'"),
                    "the window opened at 08:10, though no pass looked at it: " + view.task("late").orElseThrow().waitsFor());

            h.session().setParameter("go", true);
            h.step();
            assertEquals(TaskView.State.RUNNING, view.task("fetch").orElseThrow().state(), "started at 08:30");
            release.countDown();
            h.awaitRuns().step();
            assertEquals(Instant.parse("2024-05-07T08:00:00Z"), view.task("fetch").orElseThrow().nextStart());
            assertEquals(Action.SUCCESS, view.task("report").orElseThrow().lastOutcome());
            assertEquals(Action.SUCCESS, view.task("flagged").orElseThrow().lastOutcome(), "the parameter woke it");
        }
    }

    @Test
    void the_explanation_of_a_waiting_task_names_the_false_part() {
        try (SessionHarness h = SessionHarness.start(pipeline(new CountDownLatch(0)))) {
            h.step();
            Explanation e = h.session().view().explain("report").orElseThrow();
            assertFalse(e.value());
            assertTrue(e.condition().contains("fetch"), e.render(ZoneOffset.UTC));
            assertEquals(List.of(), h.session().view().nextStarts("report", 3), "only fetch can make it hold");
            assertEquals(List.of(Instant.parse("2024-05-06T08:00:00Z"), Instant.parse("2024-05-07T08:00:00Z")),
                    h.session().view().nextStarts("fetch", 2));
            assertTrue(h.session().view().explain("no such task").isEmpty());
        }
    }

    @Test
    void other_threads_get_their_answers_from_the_session_thread_and_after_it_stopped() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        Session s = Session.builder().zone(ZoneOffset.UTC)
                .task(TaskDefinition.builder("tick").start("every 1 hour").body(ctx -> {
                    started.countDown();
                    return null;
                }).build())
                .listener(new SessionListener() { })
                .build();
        SessionHandle handle = s.startInBackground();
        try {
            assertTrue(started.await(30, TimeUnit.SECONDS));
            assertEquals(List.of("tick"), s.view().tasks().stream().map(TaskView::name).toList());
        } finally {
            handle.close();
        }
        assertEquals(SessionView.State.STOPPED, s.view().state());
        assertEquals(Action.SUCCESS, s.view().task("tick").orElseThrow().lastOutcome());
        assertTrue(s.view().failure().isEmpty());
    }

    @Test
    void a_log_that_cannot_be_written_shows_until_a_write_works_again() {
        AtomicBoolean broken = new AtomicBoolean(false); // writable at the start, then not
        TaskLog log = new TaskLog() {
            private final TaskLog inner = TaskLog.inMemory();

            @Override
            public List<LogProblem> replay(ZoneId zone, Consumer<LogRecord> sink) throws IOException {
                return inner.replay(zone, sink);
            }

            @Override
            public void append(List<LogRecord> records) throws IOException {
                if (broken.get()) {
                    throw new IOException("disk full");
                }
                inner.append(records);
            }

            @Override
            public void close() throws IOException {
                inner.close();
            }
        };
        try (SessionHarness h = SessionHarness.start(Session.builder().clock(ManualClock.at(SEVEN))
                .zone(ZoneOffset.UTC).taskLog(log)
                .task(TaskDefinition.builder("t").start("every 1 minute").body(ctx -> null).build()))) {
            broken.set(true);
            h.step();
            assertTrue(h.session().view().taskLogFailing());
            broken.set(false);
            h.stepAt(SEVEN.plusSeconds(1)).awaitRuns();
            assertFalse(h.session().view().taskLogFailing());
        }
    }
}
