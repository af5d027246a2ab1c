package dev.kairos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kairos.condition.Action;
import dev.kairos.log.LogRecord;
import dev.kairos.task.Execution;
import dev.kairos.task.NothingToDo;
import dev.kairos.task.TaskBody;
import dev.kairos.task.TaskDefinition;
import dev.kairos.testing.ManualClock;
import dev.kairos.testing.SessionHarness;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class ThreadRunsTest {
    private static final Instant T0 = Instant.parse("2024-05-06T11:00:00Z");

    private static SessionHarness harness(TaskDefinition... tasks) {
        SessionBuilder b = Session.builder().clock(ManualClock.at(T0)).zone(ZoneOffset.UTC)
                .defaultExecution(Execution.THREAD);
        for (TaskDefinition t : tasks) {
            b.task(t);
        }
        return SessionHarness.start(b);
    }

    private static void awaitUninterruptibly(CountDownLatch latch) {
        while (true) {
            try {
                latch.await();
                return;
            } catch (InterruptedException ignored) {
                // a hanging task: ignores termination on purpose
            }
        }
    }

    @Test
    void a_run_past_its_timeout_is_terminated_and_recorded() {
        CountDownLatch never = new CountDownLatch(1);
        try (SessionHarness h = harness(TaskDefinition.builder("slow").timeout("1 minute")
                .body(ctx -> {
                    never.await(); // interruptible: termination ends it
                    return null;
                }).build())) {
            h.session().runNow("slow");
            h.step();
            assertEquals(T0.plusSeconds(60), h.nextWake());
            h.stepAt(T0.plusSeconds(60)).awaitAllThreads();
            List<LogRecord> records = h.records("slow");
            assertEquals(List.of("run", "terminate"), h.actions("slow"));
            assertTrue(records.get(1).message().contains("timeout"), records.get(1).message());
            assertEquals(Duration.ofMinutes(1), records.get(1).runtime());
        }
    }

    @Test
    void a_run_is_terminated_when_its_end_condition_holds() throws InterruptedException {
        AtomicBoolean sawFlag = new AtomicBoolean();
        CountDownLatch running = new CountDownLatch(1);
        try (SessionHarness h = harness(TaskDefinition.builder("watch").end("time of day after 12:00")
                .body(ctx -> {
                    running.countDown();
                    try {
                        new CountDownLatch(1).await();
                    } finally {
                        sawFlag.set(ctx.terminationRequested());
                    }
                    return null;
                }).build())) {
            h.session().runNow("watch");
            h.step();
            assertEquals(Instant.parse("2024-05-06T12:00:00Z"), h.nextWake());
            running.await();
            h.stepAt("2024-05-06T12:00:00Z").awaitAllThreads();
            assertEquals(List.of("run", "terminate"), h.actions("watch"));
            assertTrue(h.records("watch").get(1).message().contains("end condition"));
            assertTrue(sawFlag.get(), "the body saw its termination flag");
        }
    }

    @Test
    void runs_in_progress_are_terminated_on_request_and_the_next_run_is_not() throws InterruptedException {
        AtomicBoolean sawFlag = new AtomicBoolean();
        CountDownLatch running = new CountDownLatch(1);
        try (SessionHarness h = harness(TaskDefinition.builder("long").multilaunch(true)
                .body(ctx -> {
                    running.countDown();
                    try {
                        if (!"quick".equals(ctx.parameter("mode"))) {
                            new CountDownLatch(1).await();
                        }
                    } finally {
                        sawFlag.compareAndSet(false, ctx.terminationRequested());
                    }
                    return null;
                }).build())) {
            h.session().terminate("long");
            h.step();
            assertEquals(List.of(), h.actions("long"), "nothing in progress: nothing to terminate");
            h.session().runNow("long");
            h.session().runNow("long");
            h.step();
            running.await();
            h.session().terminate("long");
            h.session().runNow("long", java.util.Map.of("mode", "quick"));
            h.stepAt(T0.plusSeconds(5)).awaitAllThreads();
            assertEquals(List.of("run", "run", "terminate", "terminate", "run", "success"), h.actions("long"),
                    "both runs in progress are terminated; the run asked with the request is not");
            LogRecord stopped = h.records("long").get(2);
            assertEquals("terminated on request", stopped.message());
            assertEquals(Duration.ofSeconds(5), stopped.runtime());
            assertTrue(sawFlag.get(), "the body saw its termination flag");
        }
        try (SessionHarness h = harness(TaskDefinition.builder("a").body(ctx -> null).build())) {
            IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                    () -> h.session().terminate("b"));
            assertTrue(e.getMessage().contains("'b'"), e.getMessage());
        }
    }

    @Test
    void a_hanging_run_is_recorded_terminated_but_blocks_relaunch_until_it_returns() {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch hanging = new CountDownLatch(1);
        try (SessionHarness h = harness(TaskDefinition.builder("hang").timeout("1 minute").start("every 30 seconds")
                .body(ctx -> {
                    hanging.countDown();
                    awaitUninterruptibly(release);
                    return "late";
                }).build())) {
            h.step();
            awaitUninterruptibly(hanging); // terminated before its body began, a run never runs (and returns at once)
            h.stepAt(T0.plusSeconds(60));
            assertEquals(List.of("run", "terminate"), h.actions("hang"));
            h.stepAt(T0.plusSeconds(120)); // due again, but its thread still runs
            assertEquals(List.of("run", "terminate"), h.actions("hang"));
            release.countDown();
            h.awaitAllThreads().step().awaitRuns();
            assertEquals(List.of("run", "terminate", "run", "success"), h.actions("hang"),
                    "the late return of the first run is not recorded; the second run starts after it");
            assertEquals(T0.plusSeconds(120), h.records("hang").get(2).created());
        }
    }

    @Test
    void a_task_that_throws_is_recorded_as_fail_with_its_exception_and_the_session_goes_on() {
        try (SessionHarness h = harness(
                TaskDefinition.builder("boom").body(ctx -> {
                    throw new IllegalArgumentException("bad input");
                }).build(),
                TaskDefinition.builder("fine").body(ctx -> "ok").build())) {
            h.session().runNow("boom");
            h.session().runNow("fine");
            h.step().awaitRuns();
            LogRecord fail = h.records("boom").get(1);
            assertEquals(Action.FAIL, fail.action());
            assertEquals("bad input", fail.message());
            assertTrue(fail.exception().startsWith("java.lang.IllegalArgumentException: bad input"));
            assertEquals(List.of("run", "success"), h.actions("fine"));
        }
    }

    @Test
    void nothing_to_do_thrown_or_returned_is_an_inaction() {
        try (SessionHarness h = harness(
                TaskDefinition.builder("thrown").body(ctx -> {
                    throw new NothingToDo("no new files");
                }).build(),
                TaskDefinition.builder("returned").execution(Execution.MAIN).body(ctx -> new NothingToDo()).build())) {
            h.session().runNow("thrown");
            h.session().runNow("returned");
            h.step().awaitRuns();
            assertEquals(List.of("run", "inaction"), h.actions("thrown"));
            assertEquals("no new files", h.records("thrown").get(1).message());
            assertEquals(List.of("run", "inaction"), h.actions("returned"));
        }
    }

    @Test
    void thread_runs_never_exceed_the_pool_and_waiting_tasks_start_when_a_thread_frees() {
        CountDownLatch release = new CountDownLatch(1);
        SessionBuilder b = Session.builder().clock(ManualClock.at(T0)).zone(ZoneOffset.UTC).threads(2);
        for (String name : List.of("a", "b", "c")) {
            b.task(TaskDefinition.builder(name).body(ctx -> {
                release.await();
                return null;
            }).build());
        }
        try (SessionHarness h = SessionHarness.start(b)) {
            List.of("a", "b", "c").forEach(h.session()::runNow);
            h.step();
            assertEquals(2, h.records().size(), "two runs started, the third waits for a thread");
            release.countDown();
            h.awaitRuns().step().awaitRuns();
            assertEquals(6, h.records().size());
        }
    }

    @Test
    void a_multilaunch_task_runs_concurrently_and_a_plain_one_queues_its_requests() {
        CountDownLatch release = new CountDownLatch(1);
        TaskBody wait = ctx -> {
            release.await();
            return null;
        };
        try (SessionHarness h = harness(TaskDefinition.builder("multi").multilaunch(true).body(wait).build(),
                TaskDefinition.builder("single").body(wait).build())) {
            for (int i = 0; i < 2; i++) {
                h.session().runNow("multi");
                h.session().runNow("single");
            }
            h.step();
            assertEquals(List.of("run", "run"), h.actions("multi"));
            assertEquals(List.of("run"), h.actions("single"));
            release.countDown();
            h.awaitRuns().settle();
            assertEquals(List.of("run", "success", "run", "success"), h.actions("single"));
        }
    }
}
