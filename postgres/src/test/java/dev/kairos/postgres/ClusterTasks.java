package dev.kairos.postgres;

import static dev.kairos.postgres.NodeMain.sleeping;

import dev.kairos.task.TaskDefinition;
import java.util.ArrayList;
import java.util.List;

/** The tasks every node of the cluster tests has, and what each must show in the shared log. */
final class ClusterTasks {
    /** Tasks with {@code every 1 second}: no two starts less than a second apart. */
    static final String TICK = "tick-";
    /** {@code daily}: one run in the whole test. */
    static final String DAILY = "daily-report";
    /** A pipeline: each {@code transform} follows a {@code fetch} success none before it followed. */
    static final String FETCH = "fetch";
    static final String TRANSFORM = "transform";
    /** A slow task, for runs in progress when a node dies. */
    static final String SLOW = "slow";
    /** {@code multilaunch}: its runs may overlap, and do. */
    static final String MULTI = "multi";

    private ClusterTasks() {
    }

    static List<TaskDefinition> all(int ticks) {
        List<TaskDefinition> out = new ArrayList<>();
        for (int i = 0; i < ticks; i++) {
            out.add(TaskDefinition.builder(TICK + i).start("every 1 second").body(sleeping(0, 30)).build());
        }
        out.add(TaskDefinition.builder(DAILY).start("daily").body(sleeping(0, 10)).build());
        out.add(TaskDefinition.builder(FETCH).start("every 2 seconds").body(sleeping(10, 100)).build());
        out.add(TaskDefinition.builder(TRANSFORM).start("after task 'fetch' succeeded").body(sleeping(10, 100))
                .build());
        out.add(TaskDefinition.builder(SLOW).start("every 1 second").body(sleeping(3_000, 4_000)).build());
        out.add(TaskDefinition.builder(MULTI).start("every 1 second").multilaunch(true).body(sleeping(1_500, 2_500))
                .build());
        return out;
    }
}
