package dev.kairos.internal.process;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProcessTreeTest {

    @Test
    void stopping_a_process_also_stops_the_processes_it_started() throws Exception {
        Process shell = new ProcessBuilder("sh", "-c", "sleep 300 & echo $!; sleep 300 & echo $!; wait").start();
        List<ProcessHandle> tree = children(shell, 2);

        assertTrue(ProcessTree.stop(shell.toHandle(), Duration.ofSeconds(5)));

        assertFalse(shell.isAlive());
        for (ProcessHandle p : tree) {
            assertFalse(inProcessTable(p.pid()), "process " + p.pid() + " is still in the process table");
        }
    }

    @Test
    void a_process_that_ignores_the_polite_signal_is_killed_after_the_grace_period() throws Exception {
        Process stubborn = new ProcessBuilder("sh", "-c", "trap '' TERM; sleep 300 & echo $!; wait; sleep 300").start();
        List<ProcessHandle> tree = children(stubborn, 1);

        assertTrue(ProcessTree.stop(stubborn.toHandle(), Duration.ofMillis(200)));

        assertFalse(inProcessTable(stubborn.pid()));
        for (ProcessHandle p : tree) {
            assertFalse(inProcessTable(p.pid()));
        }
    }

    /** The children the shell reports by printing their process ids, one a line. */
    private static List<ProcessHandle> children(Process shell, int n) throws java.io.IOException {
        java.io.BufferedReader out = new java.io.BufferedReader(
                new java.io.InputStreamReader(shell.getInputStream(), java.nio.charset.StandardCharsets.UTF_8));
        List<ProcessHandle> found = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long pid = Long.parseLong(out.readLine().strip());
            found.add(ProcessHandle.of(pid).orElseThrow());
            assertTrue(inProcessTable(pid));
        }
        return found;
    }

    /** Whether the kernel still lists the process (a zombie counts as gone). */
    static boolean inProcessTable(long pid) {
        Path status = Path.of("/proc", Long.toString(pid), "status");
        try {
            return Files.exists(status) && Files.readAllLines(status).stream()
                    .noneMatch(line -> line.startsWith("State:") && line.contains("Z"));
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
