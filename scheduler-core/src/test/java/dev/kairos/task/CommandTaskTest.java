package dev.kairos.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kairos.Session;
import dev.kairos.log.LogRecord;
import dev.kairos.testing.ManualClock;
import dev.kairos.testing.SessionHarness;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

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
}
