package dev.kairos.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What a rate figure measured: {@code runs} trivial runs, all due at {@code due}, the last of them
 * done (committed, seen from outside) at {@code done}, and how many each node ran.
 */
record RunRate(int nodes, int runs, Instant due, Instant done, List<Long> perNode) {
    double seconds() {
        return Duration.between(due, done).toNanos() / 1e9;
    }

    long perSecond() {
        return Math.round(runs / seconds());
    }

    /** The values every rate line has, Kairos's and db-scheduler's alike. */
    String values() {
        return Report.f("nodes=%d runs=%d seconds=%.3f runs_per_s=%d per_node=%s", nodes, runs, seconds(),
                perSecond(), perNode.toString().replace(" ", ""));
    }
}
