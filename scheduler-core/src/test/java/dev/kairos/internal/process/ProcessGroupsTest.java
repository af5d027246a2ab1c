package dev.kairos.internal.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProcessGroupsTest {

    /** Field 5 of {@code /proc/<pid>/stat}: the process group (after the command name in parentheses). */
    private static long processGroup(long pid) throws Exception {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[2]);
    }

    @Test
    void a_detached_process_leads_a_process_group_of_its_own_and_keeps_its_pid() throws Exception {
        List<String> command = ProcessGroups.detached(List.of("sleep", "30"));
        assumeTrue(!command.get(0).equals("sleep") && Files.isDirectory(Path.of("/proc/self")), "needs setsid and /proc");
        Process p = new ProcessBuilder(command).start();
        try {
            long pid = p.pid();
            long group = processGroup(pid);
            long giveUp = System.nanoTime() + 10_000_000_000L; // a state to reach, not a time to measure
            while (group != pid && System.nanoTime() - giveUp < 0) { // setsid then execs sleep, same pid
                Thread.sleep(1);
                group = processGroup(pid);
            }
            assertEquals(pid, group, "its own group, led by the process we hold");
            assertNotEquals(processGroup(ProcessHandle.current().pid()), group);
        } finally {
            p.destroyForcibly().waitFor();
        }
    }
}
