package dev.kairos.benchmarks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The harness's output: one line a figure, {@code kairos-bench <figure> key=value ...}, ending in the
 * target and whether it was met, so {@code grep '^kairos-bench'} gives the whole result.
 */
final class Report {
    private Report() {
    }

    static void line(String figure, String values, String target, boolean met) {
        System.out.println("kairos-bench " + figure + " " + values + (target == null ? ""
                : " target=" + target + " met=" + (met ? "yes" : "NO")));
        System.out.flush();
    }

    static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }

    /** The value at quantile {@code q} (nearest rank) of the values, in the same unit. */
    static long quantile(List<Long> values, double q) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(q * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }
}
