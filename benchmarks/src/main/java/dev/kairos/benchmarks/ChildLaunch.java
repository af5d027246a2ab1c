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
 * against a bare {@code java -cp … Hello} with the same class path, Hello's directory first, so that
 * the bare JVM never opens the class path's jars, as the child, whose classes come from the archive,
 * does not either (the same JVM with the directory last, which opens the jar to look for its main
 * class, is reported beside it: {@code bare_jars_opened_*}); medians of {@code repeats} each,
 * interleaved, after three of each to warm the file cache. A session's first child is reported
 * apart, twice: in a first session over an empty cache ({@code first_child_cold_ms}: that child also
 * makes the class-data archive), then in a second session that finds the archive the first one made
 * ({@code first_child_ms}), as every session after the first does once the class path is unchanged.
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
        // The same class path with Hello's directory last: that JVM opens the jars to look for its main
        // class (the target's bare JVM, Hello first, never opens them; nor does a child with its archive).
        String jarsFirst = System.getProperty("java.class.path") + File.pathSeparator + hello;
        // A cache of this run's own, empty: the first session's first child finds no archive.
        System.setProperty("kairos.cacheDir", dir.resolve("cache").toString());
        List<Long> bare = new ArrayList<>();
        List<Long> bareJars = new ArrayList<>();
        List<Long> child = new ArrayList<>();
        long cold;
        try (SessionHarness h = SessionHarness.start(session(dir, "cold.csv"))) {
            cold = childRun(h);
        }
        long first = 0;
        try (SessionHarness h = SessionHarness.start(session(dir, "child.csv"))) {
            for (int i = 0; i < repeats + 3; i++) {
                long c = childRun(h);
                long bareRun = bare(java, classpath);
                long bareJarsRun = bare(java, jarsFirst);
                if (i == 0) {
                    first = c;
                }
                if (i >= 3) {
                    child.add(c);
                    bare.add(bareRun);
                    bareJars.add(bareJarsRun);
                }
            }
        }
        long b50 = Report.quantile(bare, 0.5);
        long c50 = Report.quantile(child, 0.5);
        long j50 = Report.quantile(bareJars, 0.5);
        double ratio = (double) c50 / b50;
        double firstRatio = (double) first / b50;
        Report.line("child.launch", Report.f("runs=%d child_median_ms=%.1f bare_median_ms=%.1f ratio=%.2f "
                + "bare_jars_opened_median_ms=%.1f ratio_jars_opened=%.2f", repeats, c50 / 1e6, b50 / 1e6, ratio,
                j50 / 1e6, (double) c50 / j50), "<=1.1x", ratio <= 1.1);
        Report.line("child.first", Report.f("first_child_ms=%.1f bare_median_ms=%.1f ratio=%.2f "
                + "first_child_cold_ms=%.1f", first / 1e6, b50 / 1e6, firstRatio, cold / 1e6),
                "<=1.5x (archive of an earlier session)", firstRatio <= 1.5);
    }

    private static SessionBuilder session(Path dir, String log) {
        return Session.builder().clock(ManualClock.at(Instant.parse("2024-01-01T00:00:00Z")))
                .zone(ZoneOffset.UTC).taskLog(dir.resolve(log)).tasks(new Noop());
    }

    /** One run of the task in a child JVM, from asking for it to its record. */
    private static long childRun(SessionHarness h) {
        long t0 = System.nanoTime();
        h.session().runNow("noop");
        h.step().awaitRuns();
        return System.nanoTime() - t0;
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
