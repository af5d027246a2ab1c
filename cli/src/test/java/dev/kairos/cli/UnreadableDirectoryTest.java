package dev.kairos.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Task directories the command cannot read, as real processes. Root reads every directory, so as
 * root the command runs under {@code setpriv} without the capabilities that let root ignore modes.
 */
class UnreadableDirectoryTest {
    @TempDir
    Path dir;

    private final List<Path> locked = new ArrayList<>();

    private Process start(String... args) throws Exception {
        List<String> command = new ArrayList<>();
        if (Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"))) {
            command.addAll(List.of("setpriv", "--inh-caps=-dac_override,-dac_read_search",
                    "--bounding-set=-dac_override,-dac_read_search"));
        }
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dkairos.test.log=INFO", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    private Path lock(Path directory) throws Exception {
        Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("---------"));
        locked.add(directory);
        return directory;
    }

    @AfterEach
    void unlock() throws Exception {
        for (Path p : locked) {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwx------"));
        }
    }

    private static List<String> finish(Process p) throws Exception {
        List<String> out = MainProcessTest.lines(p).await("<end of output>");
        p.waitFor();
        return out;
    }

    @Test
    void an_unreadable_task_directory_is_one_sentence_and_exit_3_for_run_and_tasks() throws Exception {
        Path tasks = Files.createDirectory(dir.resolve("tasks"));
        Files.writeString(tasks.resolve("a.task"), "start = daily\ncommand = true\n");
        lock(tasks);
        for (String command : new String[] {"run", "tasks"}) {
            Process p = command.equals("run") ? start(command, tasks.toString(), "--log", dir.resolve("tasks.csv")
                    .toString()) : start(command, tasks.toString());
            List<String> out = finish(p);
            assertEquals(3, p.exitValue(), out.toString());
            assertTrue(out.contains("kairos: task directory " + tasks + " cannot be read (permission denied); give a"
                    + " directory this session's user may read"), out.toString());
            assertFalse(out.stream().anyMatch(l -> l.contains("\tat ") || l.contains("Exception")), out.toString());
        }
    }

    @Test
    void an_unreadable_subdirectory_is_a_problem_by_name_and_the_other_files_load() throws Exception {
        Path tasks = Files.createDirectory(dir.resolve("tasks"));
        Files.writeString(tasks.resolve("a.task"), "start = daily\ncommand = true\n");
        Path sub = Files.createDirectory(tasks.resolve("sub"));
        Files.writeString(sub.resolve("b.task"), "start = daily\ncommand = true\n");
        lock(sub);
        Process p = start("tasks", tasks.toString(), "--zone", "UTC");
        List<String> out = finish(p);
        assertEquals(3, p.exitValue(), out.toString());
        assertTrue(out.contains("a  (a.task)"), out.toString());
        assertTrue(out.contains(sub + ": cannot be read (permission denied). Nothing under it is loaded or removed"
                + " until then"), out.toString());
    }
}
