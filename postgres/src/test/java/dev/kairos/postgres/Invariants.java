package dev.kairos.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.kairos.postgres.Cluster.Row;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** What the shared log must show after the cluster's nodes have stopped, whatever happened to them. */
final class Invariants {
    private Invariants() {
    }

    /** A run as the log tells it: its run record and its one finish. */
    record Run(String task, String runId, Row start, Row finish) {
    }

    static Map<String, List<Run>> check(List<Row> rows) {
        Map<String, Row> starts = new HashMap<>();
        Map<String, Row> finishes = new HashMap<>();
        for (Row r : rows) {
            Map<String, Row> into = r.action().equals("run") ? starts : finishes;
            Row before = into.put(r.runId(), r);
            if (before != null) {
                fail("run " + r.runId() + " has two " + (into == starts ? "run" : "finish") + " records: " + before
                        + " and " + r);
            }
        }
        assertEquals(starts.keySet(), finishes.keySet(), "every run has one run record and one finish");
        Map<String, List<Run>> byTask = new TreeMap<>();
        for (Row s : starts.values()) {
            byTask.computeIfAbsent(s.task(), t -> new ArrayList<>()).add(new Run(s.task(), s.runId(), s,
                    finishes.get(s.runId())));
        }
        byTask.values().forEach(runs -> runs.sort((a, b) -> a.start().created().compareTo(b.start().created())));
        for (Map.Entry<String, List<Run>> e : byTask.entrySet()) {
            List<Run> runs = e.getValue();
            for (int i = 1; i < runs.size(); i++) {
                Run prev = runs.get(i - 1);
                Run next = runs.get(i);
                if (!e.getKey().equals(ClusterTasks.MULTI)) {
                    assertFalse(next.start().created().isBefore(prev.finish().created()), "run " + next.runId()
                            + " of " + e.getKey() + " started before run " + prev.runId() + " finished: " + prev
                            + ", " + next);
                }
                if (e.getKey().startsWith(ClusterTasks.TICK) || e.getKey().equals(ClusterTasks.SLOW)
                        || e.getKey().equals(ClusterTasks.MULTI)) {
                    Duration gap = Duration.between(prev.start().created(), next.start().created());
                    assertTrue(gap.compareTo(Duration.ofNanos(999_999_000)) >= 0, "'every 1 second' started "
                            + e.getKey() + " twice within " + gap + ": " + prev + ", " + next);
                }
            }
        }
        dailyOncePerDay(byTask.getOrDefault(ClusterTasks.DAILY, List.of()));
        pipeline(byTask.getOrDefault(ClusterTasks.TRANSFORM, List.of()), byTask.getOrDefault(ClusterTasks.FETCH,
                List.of()));
        return byTask;
    }

    private static void dailyOncePerDay(List<Run> runs) {
        assertFalse(runs.isEmpty(), "the daily task ran");
        Set<Object> days = new HashSet<>();
        for (Run r : runs) {
            assertTrue(days.add(r.start().created().atZone(ZoneId.systemDefault()).toLocalDate()),
                    "the daily task ran twice on one day: " + runs);
        }
    }

    /** Each transform run follows a fetch success that came after the previous transform's start. */
    private static void pipeline(List<Run> transforms, List<Run> fetches) {
        for (int i = 0; i < transforms.size(); i++) {
            Row start = transforms.get(i).start();
            Row previous = i == 0 ? null : transforms.get(i - 1).start();
            boolean followsASuccess = fetches.stream().map(Run::finish).anyMatch(f -> f.action().equals("success")
                    && !f.created().isAfter(start.created())
                    && (previous == null || f.created().isAfter(previous.created())));
            assertTrue(followsASuccess, "transform run " + start.runId() + " follows no new fetch success");
        }
    }
}
