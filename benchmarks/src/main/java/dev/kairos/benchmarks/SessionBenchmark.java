package dev.kairos.benchmarks;

import dev.kairos.task.Execution;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
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
 * where a figure is {@code idle}, {@code pass}, {@code launch}, {@code lateness}, {@code heap},
 * {@code startup} or {@code child}; none means all of them. {@code -Dkairos.bench.tasks=1000,10000}
 * limits the task counts of {@code pass} (for profiling one size). Where the work is comparable
 * ({@code idle}, {@code launch}, {@code lateness}, {@code heap}), Quartz does it first in the same run
 * ({@link QuartzPeer}) and Kairos's line carries {@code peer=quartz … ratio=…};
 * {@code -Dkairos.bench.peers=false} leaves Quartz out.
 *
 * <p>Each measurement (a figure, and each size of a figure) runs in a JVM of its own, started with
 * this JVM's options, so that none is measured with code another one compiled or garbage another
 * one left, and every start-up is a cold one, as a user's is. {@code -Dkairos.bench.sameJvm=true}
 * runs them all in this JVM instead (for a profiler).
 */
public final class SessionBenchmark {
    private static final List<String> ALL = List.of("idle", "pass", "launch", "lateness", "heap", "startup", "child");
    private static final String UNIT = "kairos.bench.unit";

    private SessionBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String unit = System.getProperty(UNIT);
        if (unit != null) { // a JVM started for one measurement, in the directory of the harness
            runUnit(unit, Path.of(System.getProperty("kairos.bench.dir")));
            return;
        }
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
            boolean same = Boolean.getBoolean("kairos.bench.sameJvm");
            for (String u : units(figures)) {
                if (same) {
                    runUnit(u, dir);
                } else {
                    fork(u, dir);
                }
            }
        } finally {
            delete(dir);
        }
    }

    /** The measurements of the figures asked for, in a fixed order, each named as {@link #runUnit} reads it. */
    private static List<String> units(Set<String> figures) {
        List<String> units = new ArrayList<>();
        boolean peers = !"false".equals(System.getProperty("kairos.bench.peers"));
        for (String figure : ALL) {
            if (!figures.contains(figure)) {
                continue;
            }
            if (peers && List.of("idle", "lateness", "heap").contains(figure)) {
                units.add("quartz." + figure);
            }
            switch (figure) {
                case "pass" -> {
                    for (String n : System.getProperty("kairos.bench.tasks", "10,100,1000,10000,100000").split(",")) {
                        units.add("pass:" + Integer.parseInt(n.strip()));
                    }
                }
                case "launch" -> units.addAll(peers ? List.of("quartz.launch:defaults", "quartz.launch:batched",
                        "launch:MAIN", "launch:THREAD") : List.of("launch:MAIN", "launch:THREAD"));
                case "startup" -> {
                    for (String size : List.of("1000:1000000", "1000:10000000", "100000:1000000", "10000:1000000")) {
                        units.addAll(List.of("startup.full:" + size, "startup:" + size));
                    }
                }
                default -> units.add(figure);
            }
        }
        return units;
    }

    private static void runUnit(String unit, Path dir) throws Exception {
        String[] p = unit.split(":");
        switch (p[0]) {
            case "idle" -> IdleCpu.run(dir, 10_000, Duration.ofSeconds(20));
            case "pass" -> LoopPass.run(dir, Integer.parseInt(p[1]));
            case "launch" -> LaunchRate.run(dir, Execution.valueOf(p[1]), 10_000,
                    Integer.getInteger("kairos.bench.launch.rounds", 9));
            case "lateness" -> Lateness.run(dir, 100, Duration.ofSeconds(60));
            case "heap" -> HeapPerTask.run(dir, 10_000);
            case "quartz.idle" -> QuartzPeer.idle(dir, 10_000, Duration.ofSeconds(20));
            case "quartz.launch" -> QuartzPeer.launch(dir, 10_000, 9, p[1].equals("batched"));
            case "quartz.lateness" -> QuartzPeer.lateness(dir, 100, Duration.ofSeconds(60));
            case "quartz.heap" -> QuartzPeer.heap(dir, 10_000);
            case "startup.full" -> StartUp.full(dir, Integer.parseInt(p[1]), Long.parseLong(p[2]));
            case "startup" -> StartUp.fromCheckpoint(dir, Integer.parseInt(p[1]), Long.parseLong(p[2]));
            case "child" -> ChildLaunch.run(dir, 10);
            default -> throw new IllegalArgumentException("unknown measurement '" + unit + "'");
        }
    }

    /** Runs one measurement in a JVM of its own, with this JVM's options and class path; its lines pass through. */
    private static void fork(String unit, Path dir) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        command.addAll(List.of("-D" + UNIT + "=" + unit, "-Dkairos.bench.dir=" + dir,
                "-cp", System.getProperty("java.class.path"), SessionBenchmark.class.getName()));
        Process p = new ProcessBuilder(command).inheritIO().start();
        int exit = p.waitFor();
        if (exit != 0) {
            throw new IllegalStateException("the measurement " + unit + " failed (exit " + exit + ")");
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
