package dev.kairos.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * CPU time of the processes a rate figure uses, read from {@code /proc} (Linux): the scheduler's
 * nodes, and every process of the PostgreSQL server (its backends come and go with connections, so
 * all processes named {@code postgres} are summed, each with the time of its children that ended:
 * the server's own process holds that of the backends gone). Where {@code /proc} cannot be read,
 * every reading is zero and the figures say 0.
 */
final class ProcessCpu {
    private static final double TICK_MS = 10; // USER_HZ is 100 on Linux

    private ProcessCpu() {
    }

    /**
     * CPU milliseconds used so far: the nodes' together, the server's, and this JVM's (the
     * benchmark's own, which watches for the end of a round on the same cores).
     */
    record Reading(double nodesMs, double serverMs, double benchMs) {
        Reading minus(Reading before) {
            return new Reading(nodesMs - before.nodesMs, serverMs - before.serverMs, benchMs - before.benchMs);
        }

        /** The values of a rate line: CPU milliseconds per 1,000 runs, of the nodes, the server and the benchmark. */
        String values(int runs) {
            return Report.f(" node_cpu_ms_per_1k=%.0f db_cpu_ms_per_1k=%.0f bench_cpu_ms_per_1k=%.0f",
                    nodesMs * 1000 / runs, serverMs * 1000 / runs, benchMs * 1000 / runs);
        }
    }

    static Reading read(List<Long> nodePids) {
        double nodes = 0;
        for (long pid : nodePids) {
            nodes += ticks(Path.of("/proc", Long.toString(pid), "stat"), false);
        }
        double server = 0;
        try (var dirs = Files.list(Path.of("/proc"))) {
            for (Path p : (Iterable<Path>) dirs::iterator) {
                String name = p.getFileName().toString();
                if (name.chars().allMatch(Character::isDigit) && isServer(p)) {
                    server += ticks(p.resolve("stat"), true);
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux, or /proc unreadable: no server figure
        }
        double bench = ticks(Path.of("/proc", "self", "stat"), false);
        return new Reading(nodes * TICK_MS, server * TICK_MS, bench * TICK_MS);
    }

    private static boolean isServer(Path process) {
        try {
            return Files.readString(process.resolve("comm")).strip().equals("postgres");
        } catch (IOException e) {
            return false; // it ended
        }
    }

    /**
     * User plus system ticks of a process from its stat line (fields 14 and 15), and of its children
     * that ended (16 and 17) if asked, or 0 if it is gone.
     */
    private static long ticks(Path stat, boolean children) {
        try {
            String s = Files.readString(stat);
            String[] f = s.substring(s.lastIndexOf(')') + 2).split(" ");
            long own = Long.parseLong(f[11]) + Long.parseLong(f[12]);
            return children ? own + Long.parseLong(f[13]) + Long.parseLong(f[14]) : own;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
