package dev.kairos.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What a rate figure measured: {@code runs} trivial runs, all due at {@code due}, the last of them
 * done (committed, seen from outside) at {@code done}, how many each node ran, which round it was
 * (0: the nodes' first, cold; each later one after as many runs more), the CPU time the nodes
 * and the database server used from {@code due} to {@code done}, and the transactions the database
 * counted over the round ({@link Sql#transactions}).
 */
record RunRate(int nodes, int runs, Instant due, Instant done, List<Long> perNode, int round, ProcessCpu.Reading cpu,
        long transactions) {
    double seconds() {
        return Duration.between(due, done).toNanos() / 1e9;
    }

    long perSecond() {
        return Math.round(runs / seconds());
    }

    /** The values every rate line has, Kairos's and db-scheduler's alike. */
    String values() {
        return Report.f("round=%d nodes=%d runs=%d seconds=%.3f runs_per_s=%d per_node=%s", round, nodes, runs,
                seconds(), perSecond(), perNode.toString().replace(" ", "")) + cpu.values(runs)
                + Report.f(" db_xacts_per_1k=%d", Math.round(transactions * 1000.0 / runs));
    }
}
