package dev.kairos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A session's JVM ended by its own task or killed outright ({@link FaultySessionMain} in a JVM of its
 * own): the log tells the truth, and no process it started is left running.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class SessionFaultsTest {
    @TempDir
    Path dir;

    private Path log() {
        return dir.resolve("tasks.csv");
    }

    private Process start(String mode) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Dkairos.test.log=WARN", "-cp", System.getProperty("java.class.path"),
                FaultySessionMain.class.getName(), mode, log().toString(), dir.toString()));
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve(mode + ".out").toFile()).start();
    }

    @Test
    void a_thread_task_that_calls_system_exit_fails_and_the_other_runs_are_terminated() throws Exception {
        Process session = start("exit");
        assertTrue(session.waitFor(4, TimeUnit.MINUTES), "the session's JVM did not exit");
        assertEquals(3, session.exitValue(), output("exit"));
        List<Long> child = pids("hold");

        List<String> lines = Files.readAllLines(log());
        assertEquals(1, count(lines, ",quitter,fail,"), String.join("\n", lines));
        assertTrue(lines.stream().anyMatch(l -> l.contains(",quitter,fail,") && l.contains("called System.exit")),
                String.join("\n", lines));
        assertEquals(1, count(lines, ",sleeper,terminate,"), String.join("\n", lines));
        assertEquals(1, count(lines, ",hold,terminate,"), String.join("\n", lines));
        assertEquals(0, count(lines, ",fail,") - 1, "only the caller fails: " + String.join("\n", lines));
        for (long pid : child) {
            awaitGone(pid);
        }
    }

    @Test
    void after_the_session_is_killed_its_child_jvm_stops_and_the_next_run_stops_a_left_command() throws Exception {
        Process session = start("hold");
        List<Long> child = awaitPids("hold", 2);
        long command = awaitPids("hold-command", 1).get(0);

        session.destroyForcibly().waitFor(); // SIGKILL: no hook, no record
        for (long pid : child) {
            awaitGone(pid); // the child JVM saw its session gone, and stopped what it started
        }
        assertTrue(ProcessTreeProbe.inProcessTable(command), "a command cannot notice: it is still running");

        Process again = start("again");
        assertTrue(again.waitFor(4, TimeUnit.MINUTES), "the second session did not stop");
        assertEquals(0, again.exitValue(), output("again"));
        assertFalse(ProcessTreeProbe.inProcessTable(command), "the left command was stopped");
        assertTrue(output("again").contains("of task 'command' and 0 process(es) it started, left running by a"
                + " session that ended without stopping them"), output("again"));
        List<String> lines = Files.readAllLines(log());
        assertEquals(1, count(lines, ",hold,crash,"), String.join("\n", lines));
        assertEquals(1, count(lines, ",command,crash,"), String.join("\n", lines));
    }

    private static long count(List<String> lines, String part) {
        return lines.stream().filter(l -> l.contains(part)).count();
    }

    private String output(String mode) throws IOException {
        return Files.readString(dir.resolve(mode + ".out"), StandardCharsets.UTF_8);
    }

    private List<Long> pids(String name) throws IOException {
        return Files.readAllLines(dir.resolve(name)).stream().map(String::strip).map(Long::parseLong).toList();
    }

    /** The ids a body wrote when it began (the file appears whole: it is moved into place). */
    private List<Long> awaitPids(String name, int n) throws Exception {
        while (!Files.exists(dir.resolve(name))) {
            Thread.sleep(10);
        }
        List<Long> pids = pids(name);
        assertEquals(n, pids.size());
        return pids;
    }

    /** Waits until the process is gone; the class's timeout fails the test if it never is. */
    private static void awaitGone(long pid) throws InterruptedException {
        while (ProcessTreeProbe.inProcessTable(pid)) {
            Thread.sleep(10);
        }
    }
}
