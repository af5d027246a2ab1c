package dev.kairos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.kairos.log.LogRecord;
import dev.kairos.param.Return;
import dev.kairos.task.Execution;
import dev.kairos.task.TaskDefinition;
import dev.kairos.testing.ManualClock;
import dev.kairos.testing.SessionHarness;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** Runs in real child JVMs; after each test no child process of this JVM may be left. */
class ProcessExecutionTest {
    private static final Instant T0 = Instant.parse("2024-05-06T11:00:00Z");

    @TempDir
    Path dir;

    private static SessionHarness harness(TaskDefinition... extra) {
        SessionBuilder b = Session.builder().clock(ManualClock.at(T0)).zone(ZoneOffset.UTC)
                .terminationGrace(Duration.ofMillis(500)).tasks(new ChildTasks());
        for (TaskDefinition t : extra) {
            b.task(t);
        }
        return SessionHarness.start(b);
    }

    @AfterEach
    void no_child_process_is_left() {
        List<ProcessHandle> left = ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).toList();
        assertTrue(left.isEmpty(), "processes left: " + left.stream().map(p -> p.pid() + " " + p.info().command()
                .orElse("?")).toList());
    }

    @Test
    void a_return_value_from_a_child_reaches_a_later_task_through_return() {
        AtomicReference<Object> seen = new AtomicReference<>();
        TaskDefinition show = TaskDefinition.builder("show").execution(Execution.THREAD)
                .start("after task 'greet' succeeded").parameter("greeting", Return.of("greet"))
                .body(ctx -> {
                    seen.set(ctx.require("greeting"));
                    return null;
                }).build();
        try (SessionHarness h = harness(show)) {
            h.session().runNow("greet", Map.of("name", "Ada"));
            h.step().awaitRuns().clock().advance(Duration.ofSeconds(1));
            h.step().awaitRuns();
            assertEquals(List.of("run", "success"), h.actions("greet"));
            assertEquals(List.of("run", "success"), h.actions("show"));
            String greeting = (String) seen.get();
            assertTrue(greeting.startsWith("hello Ada from "), greeting);
            long childPid = Long.parseLong(greeting.substring("hello Ada from ".length()));
            assertNotEquals(ProcessHandle.current().pid(), childPid);
            assertFalse(ProcessTreeProbe.inProcessTable(childPid));
        }
    }

    @Test
    void an_exception_in_the_child_fails_the_run_with_its_type_message_and_trace() {
        try (SessionHarness h = harness()) {
            h.session().runNow("explode");
            h.step().awaitRuns();
            LogRecord fail = h.records("explode").get(1);
            assertEquals("fail", fail.action().code());
            assertEquals("boom in the child", fail.message());
            assertTrue(fail.exception().contains("java.lang.IllegalStateException: boom in the child"), fail.exception());
            assertTrue(fail.exception().contains("ChildTasks.explode"), fail.exception());
        }
    }

    @Test
    void a_child_that_calls_system_exit_fails_with_its_exit_code_and_the_session_goes_on() {
        try (SessionHarness h = harness()) {
            h.session().runNow("quit");
            h.step().awaitRuns();
            LogRecord fail = h.records("quit").get(1);
            assertEquals("fail", fail.action().code());
            assertTrue(fail.message().contains("exited with code 3 without reporting"), fail.message());
            h.session().runNow("greet", Map.of("name", "again"));
            h.step().awaitRuns();
            assertEquals(List.of("run", "success"), h.actions("greet"));
        }
    }

    @Test
    void an_endless_child_is_killed_by_its_timeout() throws Exception {
        Path pipe = pipe("spin");
        try (SessionHarness h = harness()) {
            h.session().runNow("spin", Map.of("pidFile", pipe.toString()));
            h.step();
            List<Long> pids = read(pipe, 1);
            assertTrue(ProcessTreeProbe.inProcessTable(pids.get(0)));
            h.stepAt(T0.plusSeconds(60)).awaitAllThreads();
            assertEquals(List.of("run", "terminate"), h.actions("spin"));
            assertTrue(h.records("spin").get(1).message().contains("timeout"));
            assertFalse(ProcessTreeProbe.inProcessTable(pids.get(0)));
        }
    }

    @Test
    void a_child_and_the_grandchild_it_started_are_both_gone_after_the_timeout() throws Exception {
        Path pipe = pipe("spawn");
        try (SessionHarness h = harness()) {
            h.session().runNow("spawn", Map.of("pidFile", pipe.toString()));
            h.step();
            List<Long> pids = read(pipe, 2);
            h.stepAt(T0.plusSeconds(60)).awaitAllThreads();
            assertEquals(List.of("run", "terminate"), h.actions("spawn"));
            for (long pid : pids) {
                assertFalse(ProcessTreeProbe.inProcessTable(pid), "process " + pid + " survived");
            }
        }
    }

    @Test
    void a_child_that_halts_without_its_hooks_still_leaves_no_grandchild_behind() throws Exception {
        Path pipe = pipe("abandon");
        try (SessionHarness h = harness()) {
            h.session().runNow("abandon", Map.of("pidFile", pipe.toString()));
            h.step();
            List<Long> pids = read(pipe, 2);
            h.settle();
            assertEquals(List.of("run", "fail"), h.actions("abandon"));
            assertTrue(h.records("abandon").get(1).message().contains("exited with code 7"), h.records("abandon").get(1)
                    .message());
            for (long pid : pids) {
                assertFalse(ProcessTreeProbe.inProcessTable(pid), "process " + pid + " survived");
            }
        }
    }

    @Test
    void an_end_condition_terminates_a_running_child() throws Exception {
        Path pipe = pipe("watch");
        try (SessionHarness h = harness()) {
            h.session().runNow("watch", Map.of("pidFile", pipe.toString()));
            h.step();
            List<Long> pids = read(pipe, 1);
            assertEquals(Instant.parse("2024-05-06T12:00:00Z"), h.nextWake());
            h.stepAt("2024-05-06T12:00:00Z").awaitAllThreads();
            assertEquals(List.of("run", "terminate"), h.actions("watch"));
            assertTrue(h.records("watch").get(1).message().contains("end condition"));
            assertFalse(ProcessTreeProbe.inProcessTable(pids.get(0)));
        }
    }

    @Test
    void a_child_that_prints_a_lot_succeeds_and_only_a_bounded_part_is_logged() {
        Logger logger = (Logger) LoggerFactory.getLogger("kairos.task.chatty");
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        logger.addAppender(appender);
        ch.qos.logback.classic.Level level = logger.getLevel();
        logger.setLevel(ch.qos.logback.classic.Level.INFO);
        try (SessionHarness h = harness()) {
            h.session().runNow("chatty");
            h.step().awaitRuns();
            assertEquals(List.of("run", "success"), h.actions("chatty"));
            long lines = appender.list.stream().filter(e -> e.getFormattedMessage().startsWith("xxx")).count();
            assertTrue(lines < 300_000, "logged " + lines + " of 300,000 lines");
            assertTrue(lines >= 100_000, "logged only " + lines);
            assertTrue(appender.list.stream().anyMatch(e -> e.getFormattedMessage().contains("were not logged")));
            assertTrue(appender.list.stream().allMatch(e -> "chatty".equals(e.getMDCPropertyMap().get("kairos.task"))),
                    "every line carries the task in the MDC");
        } finally {
            logger.detachAppender(appender);
            logger.setLevel(level);
        }
    }

    @Test
    void a_child_out_of_memory_fails_with_its_exit_code_and_the_end_of_its_stderr() {
        try (SessionHarness h = harness()) {
            h.session().runNow("hog");
            h.step().awaitRuns();
            LogRecord fail = h.records("hog").get(1);
            assertEquals("fail", fail.action().code());
            assertTrue(fail.message().contains("exited with code 3"), fail.message());
            assertTrue(fail.message().contains("OutOfMemoryError"), fail.message());
            assertTrue(fail.message().contains("last lines of its output"), fail.message());
        }
    }

    @Test
    void a_return_value_that_cannot_cross_back_fails_the_run_naming_its_type() {
        try (SessionHarness h = harness()) {
            h.session().runNow("unsendable");
            h.step().awaitRuns();
            LogRecord fail = h.records("unsendable").get(1);
            assertEquals("fail", fail.action().code());
            assertTrue(fail.message().contains("java.lang.Object"), fail.message());
            assertTrue(fail.message().contains("not Serializable"), fail.message());
        }
    }

    @Test
    void a_parameter_that_cannot_cross_fails_the_run_naming_the_parameter_and_its_type() {
        try (SessionHarness h = harness()) {
            h.session().runNow("greet", Map.of("name", new StringBuilder("not serializable")));
            h.step().awaitRuns();
            LogRecord fail = h.records("greet").get(1);
            assertEquals("fail", fail.action().code());
            assertTrue(fail.message().contains("parameter 'name'"), fail.message());
            assertTrue(fail.message().contains("java.lang.StringBuilder"), fail.message());
        }
    }

    @Test
    void a_lambda_body_is_refused_for_process_execution() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> TaskDefinition.builder("lambda").execution(Execution.PROCESS).body(ctx -> null).build());
        assertTrue(e.getMessage().contains("cannot run in a child JVM"), e.getMessage());
    }

    @Test
    void children_wait_for_a_free_slot_rather_than_fail() {
        SessionBuilder b = Session.builder().clock(ManualClock.at(T0)).zone(ZoneOffset.UTC).processes(1)
                .tasks(new ChildTasks());
        try (SessionHarness h = SessionHarness.start(b)) {
            h.session().runNow("greet", Map.of("name", "one"));
            h.session().runNow("explode");
            h.step();
            // One slot: one of the two started, the other waits for it.
            assertEquals(1, h.actions("greet").size() + h.actions("explode").size());
            h.awaitRuns().step().awaitRuns();
            assertEquals(List.of("run", "success"), h.actions("greet"));
            assertEquals(List.of("run", "fail"), h.actions("explode"));
        }
    }

    @Test
    void shutdown_stops_a_running_child_and_records_it() throws Exception {
        Path pipe = pipe("watch-shutdown");
        SessionHarness h = harness();
        try {
            h.session().runNow("watch", Map.of("pidFile", pipe.toString()));
            h.step();
            List<Long> pids = read(pipe, 1);
            h.shutdown();
            assertEquals(List.of("run", "terminate"), h.actions("watch"));
            assertFalse(ProcessTreeProbe.inProcessTable(pids.get(0)));
        } finally {
            h.close();
        }
    }

    /** A named pipe: the test blocks reading it until the child has written its process ids. */
    private Path pipe(String name) throws IOException, InterruptedException {
        Path pipe = dir.resolve(name + ".pids");
        assertEquals(0, new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor());
        return pipe;
    }

    private static List<Long> read(Path pipe, int n) {
        return assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            List<Long> pids = Files.readAllLines(pipe).stream().map(String::strip).map(Long::parseLong).toList();
            assertEquals(n, pids.size());
            return pids;
        });
    }
}
