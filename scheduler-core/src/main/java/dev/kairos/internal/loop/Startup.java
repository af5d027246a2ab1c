package dev.kairos.internal.loop;

import dev.kairos.task.TaskDefinition.Phase;
import java.util.HashSet;
import java.util.Set;

/**
 * The session's on-startup tasks: scheduled tasks wait until each of them has finished its run.
 * Session thread only.
 */
final class Startup {
    private final Set<String> left = new HashSet<>();

    /** Asks for the on-startup runs; returns how many there are. */
    int begin(TaskIndex tasks) {
        for (TaskState t : tasks.active()) {
            if (t.phase() == Phase.ON_STARTUP && !t.disabled) {
                left.add(t.name);
            }
        }
        return tasks.ask(Phase.ON_STARTUP);
    }

    boolean done() {
        return left.isEmpty();
    }

    /**
     * A run of the task named {@code task} returned, or the task was removed before its startup run.
     *
     * @return whether that was the last one (everything must then be looked at again)
     */
    boolean over(String task) {
        return left.remove(task) && left.isEmpty();
    }
}
