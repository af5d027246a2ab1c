package dev.kairos.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kairos.condition.Condition;
import dev.kairos.condition.ConditionSyntaxException;
import dev.kairos.condition.Conditions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TaskDefinitionTest {

    @Test
    void a_builder_has_documented_defaults() {
        TaskDefinition d = TaskDefinition.builder("a").body(ctx -> null).build();
        assertNull(d.start());
        assertNull(d.timeout());
        assertNull(d.execution());
        assertEquals(0, d.priority());
        assertEquals(Map.of(), d.parameters());
        assertEquals(TaskDefinition.Phase.SCHEDULED, d.phase());
    }

    @Test
    void setters_reject_bad_values_at_once_naming_the_field() {
        TaskBuilder b = TaskDefinition.builder("a");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> b.start(" ")).getMessage().startsWith("start"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> b.timeout(Duration.ZERO)).getMessage()
                .startsWith("timeout"));
        assertThrows(ConditionSyntaxException.class, () -> b.timeout("soon"));
        assertThrows(IllegalArgumentException.class, () -> TaskDefinition.builder(""));
        assertThrows(IllegalArgumentException.class, () -> b.command());
        assertThrows(NullPointerException.class, () -> b.parameter("x", null));
        assertTrue(assertThrows(IllegalStateException.class, b::build).getMessage().contains("no body"));
    }

    @Test
    void conditions_built_in_java_are_kept_as_their_canonical_text() {
        TaskDefinition d = TaskDefinition.builder("a")
                .start(Conditions.daily().between("8am", "14:00").and(Conditions.afterSuccess("fetch")))
                .end(Conditions.timeOfDay().after("18:00")).body(c -> null).build();
        assertEquals("daily between 08:00 and 14:00 & after task 'fetch' succeeded", d.start());
        assertEquals("time of day after 18:00", d.end());
        assertEquals(Condition.parse("daily between 08:00 and 14:00 & after task 'fetch'"), Condition.parse(d.start()));
        assertThrows(NullPointerException.class, () -> TaskDefinition.builder("a").start((Condition) null));
        assertThrows(NullPointerException.class, () -> TaskDefinition.builder("a").end((Condition) null));
    }

    @Test
    void timeouts_read_durations_and_never() {
        assertEquals(Duration.ofHours(2), TaskDefinition.builder("a").timeout("2 hours").body(c -> null).build()
                .timeout());
        assertEquals(TaskDefinition.NO_TIMEOUT, TaskDefinition.builder("a").timeout("Never").body(c -> null).build()
                .timeout());
    }

    @Test
    void to_builder_makes_a_changed_copy() {
        TaskDefinition d = TaskDefinition.builder("a").start("daily").priority(3).body(c -> null).build();
        TaskDefinition e = d.toBuilder().priority(5).build();
        assertEquals("daily", e.start());
        assertEquals(5, e.priority());
        assertEquals(3, d.priority());
    }

    /** Annotated tasks. */
    static class Jobs {
        @Task(start = "daily after 08:00", end = "time of day after 18:00", timeout = "2 hours",
                execution = Execution.THREAD, priority = 5, name = "fetch-data", multilaunch = true)
        String fetch() {
            return "ok";
        }

        @Task(onStartup = true, disabled = true, timeout = "never")
        void init() {
        }

        void notATask() {
        }
    }

    @Test
    void annotated_methods_become_definitions_with_their_attributes() {
        List<TaskDefinition> tasks = TaskDefinition.fromAnnotations(new Jobs());
        assertEquals(2, tasks.size());
        TaskDefinition fetch = tasks.stream().filter(t -> t.name().equals("fetch-data")).findFirst().orElseThrow();
        assertEquals("daily after 08:00", fetch.start());
        assertEquals("time of day after 18:00", fetch.end());
        assertEquals(Duration.ofHours(2), fetch.timeout());
        assertEquals(Execution.THREAD, fetch.execution());
        assertEquals(5, fetch.priority());
        assertTrue(fetch.multilaunch());
        TaskDefinition init = tasks.stream().filter(t -> t.name().equals("init")).findFirst().orElseThrow();
        assertEquals(TaskDefinition.Phase.ON_STARTUP, init.phase());
        assertTrue(init.disabled());
        assertEquals(TaskDefinition.NO_TIMEOUT, init.timeout());
        assertNull(init.execution());
    }

    /** A task with a bad timeout. */
    static class Broken {
        @Task(timeout = "a while")
        void broken() {
        }
    }

    @Test
    void a_bad_annotation_names_the_method() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TaskDefinition.fromAnnotations(new Broken()));
        assertTrue(e.getMessage().contains("Broken.broken"), e.getMessage());
    }
}
