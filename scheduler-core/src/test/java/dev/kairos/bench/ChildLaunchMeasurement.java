package dev.kairos.bench;

import dev.kairos.Session;
import dev.kairos.SessionBuilder;
import dev.kairos.task.Execution;
import dev.kairos.task.Task;
import dev.kairos.testing.ManualClock;
import dev.kairos.testing.SessionHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The cost of one child-JVM run (launch, call, report, exit) against a bare {@code java -cp … Hello}
 * with the same class path, median of repeated runs. Prints one line a figure.
 *
 * <pre>java -cp … dev.kairos.bench.ChildLaunchMeasurement [repeats]</pre>
 */
public final class ChildLaunchMeasurement {
    private ChildLaunchMeasurement() {
    }

    /** A task that does nothing, in a child JVM. */
    public static class Noop {
        @Task(execution = Execution.PROCESS)
        public String noop() {
            return "done";
        }
    }

    public static void main(String[] args) throws Exception {
        int repeats = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        Path hello = writeHello();
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = hello + java.io.File.pathSeparator + System.getProperty("java.class.path");
        for (int i = 0; i < 3; i++) { // warm the file cache
            bare(javaBin, classpath);
        }
        List<Long> bare = new ArrayList<>();
        List<Long> child = new ArrayList<>();
        SessionBuilder b = Session.builder().clock(ManualClock.at(Instant.parse("2024-01-01T00:00:00Z")))
                .zone(ZoneOffset.UTC).tasks(new Noop());
        try (SessionHarness h = SessionHarness.start(b)) {
            for (int i = 0; i < repeats + 3; i++) {
                long t0 = System.nanoTime();
                h.session().runNow("noop");
                h.step().awaitRuns();
                long t1 = System.nanoTime();
                if (i >= 3) {
                    child.add(t1 - t0);
                }
                bare.add(bare(javaBin, classpath));
            }
        }
        bare = bare.subList(3, bare.size());
        long b50 = median(bare);
        long c50 = median(child);
        System.out.printf("child-launch: bare java Hello median %.1f ms (n=%d)%n", b50 / 1e6, bare.size());
        System.out.printf("child-launch: child JVM run median %.1f ms (n=%d), options %s%n", c50 / 1e6, child.size(),
                dev.kairos.SessionBuilder.DEFAULT_JVM_OPTIONS);
        System.out.printf("child-launch: ratio %.2f (target 1.3)%n", (double) c50 / b50);
    }

    private static long bare(String java, String classpath) throws Exception {
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(java, "-cp", classpath, "Hello").redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        p.waitFor();
        return System.nanoTime() - t0;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static Path writeHello() throws Exception {
        Path dir = Files.createTempDirectory("kairos-hello");
        Path source = dir.resolve("Hello.java");
        Files.writeString(source, "public class Hello { public static void main(String[] a) { System.out.println(\"hello\"); } }");
        int rc = javax.tools.ToolProvider.getSystemJavaCompiler().run(null, null, null, source.toString());
        if (rc != 0) {
            throw new IllegalStateException("cannot compile Hello");
        }
        return dir;
    }
}
