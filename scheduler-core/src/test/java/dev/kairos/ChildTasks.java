package dev.kairos;

import dev.kairos.task.Execution;
import dev.kairos.task.Task;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Tasks that run in child JVMs, for {@link ProcessExecutionTest}. Public with a no-argument constructor. */
public class ChildTasks {

    @Task(execution = Execution.PROCESS)
    public String greet(String name) {
        return "hello " + name + " from " + ProcessHandle.current().pid();
    }

    @Task(execution = Execution.PROCESS)
    public void explode() {
        throw new IllegalStateException("boom in the child");
    }

    @Task(execution = Execution.PROCESS)
    public void quit() {
        System.exit(3);
    }

    @Task(execution = Execution.PROCESS, timeout = "1 minute")
    public void spin(String pidFile) throws IOException {
        report(pidFile, List.of(ProcessHandle.current().pid()));
        long n = 0;
        while (n >= 0) {
            n++; // ignores interrupts and the termination flag
        }
    }

    @Task(execution = Execution.PROCESS, timeout = "1 minute")
    public void spawn(String pidFile) throws IOException, InterruptedException {
        Process grandchild = new ProcessBuilder("sleep", "300").start();
        report(pidFile, List.of(ProcessHandle.current().pid(), grandchild.pid()));
        grandchild.waitFor();
    }

    @Task(execution = Execution.PROCESS, timeout = "1 minute")
    public void abandon(String pidFile) throws IOException {
        Process grandchild = new ProcessBuilder("sleep", "300").start();
        report(pidFile, List.of(ProcessHandle.current().pid(), grandchild.pid()));
        Runtime.getRuntime().halt(7); // no hook runs: the grandchild is left to the session
    }

    @Task(execution = Execution.PROCESS)
    public void hold(String pidFile) throws IOException, InterruptedException {
        Process grandchild = new ProcessBuilder("sleep", "300").start();
        Path tmp = Path.of(pidFile + ".tmp");
        report(tmp.toString(), List.of(ProcessHandle.current().pid(), grandchild.pid()));
        Files.move(tmp, Path.of(pidFile));
        Thread.sleep(Long.MAX_VALUE);
    }

    @Task(execution = Execution.PROCESS, end = "time of day after 12:00")
    public void watch(String pidFile) throws IOException, InterruptedException {
        report(pidFile, List.of(ProcessHandle.current().pid()));
        Thread.sleep(Long.MAX_VALUE);
    }

    @Task(execution = Execution.PROCESS)
    public int chatty() {
        String line = "x".repeat(99);
        for (int i = 0; i < 300_000; i++) {
            System.out.println(line);
        }
        return 42;
    }

    @Task(execution = Execution.PROCESS, jvmOptions = "-Xmx32m")
    public int hog() {
        List<byte[]> kept = new ArrayList<>();
        while (true) {
            kept.add(new byte[1 << 20]);
        }
    }

    @Task(execution = Execution.PROCESS)
    public Object unsendable() {
        return new Object();
    }

    /** Writes the process ids to the named pipe the test reads. */
    private static void report(String pidFile, List<Long> pids) throws IOException {
        try (Writer out = Files.newBufferedWriter(Path.of(pidFile))) {
            for (long pid : pids) {
                out.write(pid + "\n");
            }
        }
    }
}
