package dev.kairos.benchmarks;

import dev.kairos.task.Execution;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The whole-session benchmark harness: measures real sessions with the CSV log (in a temporary
 * directory, deleted at the end) and prints one line a figure, {@code kairos-bench <figure> ...}.
 * Not a test: it asserts nothing and takes a few minutes.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar dev.kairos.benchmarks.SessionBenchmark [figure ...]</pre>
 *
 * where a figure is {@code pass}, {@code launch}, {@code idle}, {@code lateness}, {@code startup} or
 * {@code child}; none means all of them. {@code -Dkairos.bench.tasks=1000,10000} limits the task
 * counts of {@code pass} (for profiling one size).
 */
public final class SessionBenchmark {
    private static final List<String> ALL = List.of("pass", "launch", "idle", "lateness", "startup", "child");

    private SessionBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Set<String> figures = Set.copyOf(args.length == 0 ? ALL : List.of(args));
        for (String f : figures) {
            if (!ALL.contains(f)) {
                System.err.println("unknown figure '" + f + "'; known: " + String.join(", ", ALL));
                System.exit(2);
            }
        }
        Path dir = Files.createTempDirectory("kairos-bench");
        try {
            System.out.println("kairos-bench jvm " + Report.f("java=%s cores=%d max_heap_mb=%d",
                    System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                    Runtime.getRuntime().maxMemory() >> 20));
            if (figures.contains("idle")) { // first: the garbage and JIT work of other figures would count here
                IdleCpu.run(dir, 10_000, Duration.ofSeconds(20));
            }
            if (figures.contains("pass")) {
                for (String n : System.getProperty("kairos.bench.tasks", "10,100,1000,10000,100000").split(",")) {
                    LoopPass.run(dir, Integer.parseInt(n.strip()));
                }
            }
            if (figures.contains("launch")) {
                LaunchRate.run(dir, Execution.MAIN, 10_000, 4, 5);
                LaunchRate.run(dir, Execution.THREAD, 10_000, 4, 5);
            }
            if (figures.contains("lateness")) {
                Lateness.run(dir, 8, Duration.ofSeconds(60));
            }
            if (figures.contains("startup")) {
                StartUp.run(dir, 1_000, 1_000_000);
                StartUp.run(dir, 1_000, 100_000);
                StartUp.run(dir, 100, 1_000_000);
                StartUp.run(dir, 10_000, 1_000_000);
            }
            if (figures.contains("child")) {
                ChildLaunch.run(dir, 10);
            }
        } finally {
            delete(dir);
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
