package dev.kairos.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kairos.Session;
import dev.kairos.log.LogRecord;
import dev.kairos.testing.ManualClock;
import dev.kairos.testing.SessionHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandTaskTest {

    private static SessionHarness harness(TaskDefinition task) {
        return SessionHarness.start(Session.builder().clock(ManualClock.at("2024-01-01T00:00:00Z"))
                .zone(ZoneOffset.UTC).task(task));
    }

    @Test
    void a_command_runs_without_a_shell_and_its_output_is_the_message() {
        try (SessionHarness h = harness(TaskDefinition.builder("echo").command("echo", "a;b", "$HOME").build())) {
            h.session().runNow("echo");
            h.settle();
            LogRecord done = h.records("echo").get(1);
            assertEquals("success", done.action().code());
            assertEquals("a;b $HOME", done.message(), "no shell: no splitting, no expansion");
        }
    }

    @Test
    void a_non_zero_exit_fails_with_the_code_and_output() {
        try (SessionHarness h = harness(TaskDefinition.builder("bad").shell("echo oops >&2; exit 3").build())) {
            h.session().runNow("bad");
            h.settle();
            LogRecord fail = h.records("bad").get(1);
            assertEquals("fail", fail.action().code());
            assertTrue(fail.message().contains("exit code 3") && fail.message().contains("oops"), fail.message());
        }
    }

    @Test
    void a_command_past_its_timeout_is_killed() {
        try (SessionHarness h = harness(TaskDefinition.builder("sleepy").command("sleep", "600")
                .timeout(Duration.ofSeconds(5)).build())) {
            h.session().runNow("sleepy");
            h.step();
            h.clock().advance(Duration.ofSeconds(5));
            h.step().awaitAllThreads();
            assertEquals(List.of("run", "terminate"), h.actions("sleepy"));
        }
    }

    @Test
    void a_command_and_the_processes_it_started_are_gone_after_its_timeout(@TempDir Path dir) throws Exception {
        Path pipe = dir.resolve("pids");
        assertEquals(0, new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor());
        try (SessionHarness h = harness(TaskDefinition.builder("tree")
                .shell("sleep 600 & echo $$ $! > " + pipe + "; wait").timeout(Duration.ofSeconds(5)).build())) {
            h.session().runNow("tree");
            h.step();
            List<Long> pids = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> java.util.Arrays
                    .stream(Files.readString(pipe).strip().split(" ")).map(Long::parseLong).toList());
            assertEquals(2, pids.size());
            h.clock().advance(Duration.ofSeconds(5));
            h.step().awaitAllThreads();
            assertEquals(List.of("run", "terminate"), h.actions("tree"));
            for (long pid : pids) {
                assertFalse(alive(pid), "process " + pid + " survived the timeout");
            }
        }
    }

    @Test
    void a_command_that_prints_a_lot_keeps_only_the_end_as_its_message() {
        try (SessionHarness h = harness(TaskDefinition.builder("loud")
                .shell("i=0; while [ $i -lt 20000 ]; do echo line $i; i=$((i+1)); done").build())) {
            h.session().runNow("loud");
            h.settle();
            LogRecord done = h.records("loud").get(1);
            assertEquals("success", done.action().code());
            assertTrue(done.message().endsWith("line 19999"), done.message());
            assertTrue(done.message().length() <= 4_001, "message of " + done.message().length() + " characters");
        }
    }

    @Test
    void what_a_command_leaves_running_when_it_exits_is_stopped_with_its_run() throws Exception {
        // the background process keeps the output open and outlives the shell: the run stops it
        try (SessionHarness h = harness(TaskDefinition.builder("leaver").shell("sleep 600 & echo $!").build())) {
            h.session().runNow("leaver");
            h.settle();
            LogRecord done = h.records("leaver").get(1);
            assertEquals("success", done.action().code());
            long left = Long.parseLong(done.message().strip());
            assertFalse(alive(left), "process " + left + " outlived its run");
        }
    }

    @Test
    void a_process_that_left_the_commands_tree_but_not_its_session_is_stopped_too() throws Exception {
        // the subshell exits at once: its child is adopted by init, found only by its session id
        try (SessionHarness h = harness(TaskDefinition.builder("orphan")
                .shell("(sleep 600 > /dev/null 2>&1 & echo $!)").build())) {
            h.session().runNow("orphan");
            h.settle();
            LogRecord done = h.records("orphan").get(1);
            long left = Long.parseLong(done.message().strip());
            assertFalse(alive(left), "process " + left + " outlived its run");
        }
    }

    /** Listed by the kernel and not a zombie. */
    private static boolean alive(long pid) throws java.io.IOException {
        Path status = Path.of("/proc", Long.toString(pid), "status");
        return Files.exists(status) && Files.readAllLines(status).stream()
                .noneMatch(line -> line.startsWith("State:") && line.contains("Z"));
    }
}
