package dev.kairos.benchmarks;

import dev.kairos.Session;
import dev.kairos.SessionBuilder;
import dev.kairos.task.Execution;
import dev.kairos.task.Task;
import dev.kairos.testing.ManualClock;
import dev.kairos.testing.SessionHarness;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Figure 6: one child-JVM run (launch, call, report, exit; from asking for the run to its record)
 * against a bare {@code java -cp … Hello} with the same class path, median of {@code repeats} each,
 * interleaved, after three of each to warm the file cache. The session's first child, which also writes
 * the class-data archive the later ones map, is reported apart ({@code first_child_ms}).
 */
final class ChildLaunch {
    private ChildLaunch() {
    }

    /** A task that does nothing, in a child JVM. */
    public static class Noop {
        @Task(execution = Execution.PROCESS)
        public String noop() {
            return "done";
        }
    }

    static void run(Path dir, int repeats) throws Exception {
        Path hello = writeHello(dir);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = hello + File.pathSeparator + System.getProperty("java.class.path");
        List<Long> bare = new ArrayList<>();
        List<Long> child = new ArrayList<>();
        long first = 0;
        SessionBuilder b = Session.builder().clock(ManualClock.at(Instant.parse("2024-01-01T00:00:00Z")))
                .zone(ZoneOffset.UTC).taskLog(dir.resolve("child.csv")).tasks(new Noop());
        try (SessionHarness h = SessionHarness.start(b)) {
            for (int i = 0; i < repeats + 3; i++) {
                long t0 = System.nanoTime();
                h.session().runNow("noop");
                h.step().awaitRuns();
                long c = System.nanoTime() - t0;
                long bareRun = bare(java, classpath);
                if (i == 0) {
                    first = c;
                }
                if (i >= 3) {
                    child.add(c);
                    bare.add(bareRun);
                }
            }
        }
        long b50 = Report.quantile(bare, 0.5);
        long c50 = Report.quantile(child, 0.5);
        double ratio = (double) c50 / b50;
        Report.line("child.launch", Report.f("runs=%d child_median_ms=%.1f bare_median_ms=%.1f ratio=%.2f "
                + "first_child_ms=%.1f", repeats, c50 / 1e6, b50 / 1e6, ratio, first / 1e6), "<1.3x", ratio < 1.3);
    }

    private static long bare(String java, String classpath) throws Exception {
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(java, "-cp", classpath, "Hello").redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("java Hello failed");
        }
        return System.nanoTime() - t0;
    }

    private static Path writeHello(Path dir) throws Exception {
        Path source = Files.createDirectories(dir.resolve("hello")).resolve("Hello.java");
        Files.writeString(source, "public class Hello { public static void main(String[] a) { "
                + "System.out.println(\"hello\"); } }");
        javax.tools.JavaCompiler javac = javax.tools.ToolProvider.getSystemJavaCompiler();
        if (javac == null || javac.run(null, null, null, source.toString()) != 0) {
            throw new IllegalStateException("cannot compile Hello (is this a JDK?)");
        }
        return source.getParent();
    }
}
