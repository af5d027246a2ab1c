package dev.kairos.internal.loop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kairos.condition.ConditionParser;
import dev.kairos.run.LaunchedRun;
import dev.kairos.run.Launcher;
import dev.kairos.task.Execution;
import dev.kairos.task.TaskDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LaneTest {
    private static Launcher ofCapacity(int n) {
        return new Launcher() {
            @Override
            public int capacity() {
                return n;
            }

            @Override
            public void launch(LaunchedRun run) {
            }
        };
    }

    private static TaskState task(String name, int priority, long seq) {
        TaskDefinition d = TaskDefinition.builder(name).start("true").priority(priority).body(ctx -> null).build();
        return new TaskState(d, ConditionParser.standard().parse("true"), null, Set.of(), Set.of(), Execution.THREAD,
                null, seq);
    }

    @Test
    void slots_are_taken_until_released_and_never_more_than_the_capacity() {
        Lane lane = new Lane(ofCapacity(2));
        assertTrue(lane.hasRoom());
        lane.take();
        lane.take();
        assertFalse(lane.hasRoom());
        assertEquals(2, lane.inUse());
        lane.release();
        assertTrue(lane.hasRoom());
        assertEquals(1, lane.inUse());
    }

    @Test
    void a_freed_slot_wakes_the_highest_priority_waiting_task_only() {
        Lane lane = new Lane(ofCapacity(1));
        lane.take();
        TaskState low = task("low", 0, 1);
        TaskState high = task("high", 5, 2);
        TaskState lowLater = task("low-later", 0, 3);
        lane.await(low);
        lane.await(lowLater);
        lane.await(high);
        lane.await(high); // queued once
        List<String> woken = new ArrayList<>();
        lane.wake(t -> woken.add(t.name));
        assertEquals(List.of(), woken, "no slot free");
        lane.release();
        lane.wake(t -> woken.add(t.name));
        assertEquals(List.of("high"), woken);
        assertFalse(lane.isWaiting(high));
        assertTrue(lane.isWaiting(low));
        lane.wake(t -> woken.add(t.name)); // the slot is still free: the next in line
        assertEquals(List.of("high", "low"), woken);
    }

    @Test
    void a_launcher_without_capacity_is_refused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Lane(ofCapacity(0)));
        assertTrue(e.getMessage().contains("capacity"), e.getMessage());
    }
}
