package dev.kairos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kairos.task.Execution;
import dev.kairos.task.TaskDefinition;
import dev.kairos.testing.ManualClock;
import dev.kairos.testing.SessionHarness;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class TaskManagementTest {
    private final List<String> ran = new CopyOnWriteArrayList<>();

    private SessionBuilder builder(OnDuplicate policy) {
        return Session.builder().clock(ManualClock.at("2024-01-01T00:00:00Z")).zone(ZoneOffset.UTC)
                .defaultExecution(Execution.MAIN).onDuplicate(policy);
    }

    private TaskDefinition task(String name, String label) {
        return TaskDefinition.builder(name).body(ctx -> ran.add(label + "@" + ctx.taskName())).build();
    }

    @Test
    void raise_refuses_a_duplicate_name() {
        Session s = builder(OnDuplicate.RAISE).task(task("a", "first")).build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> s.add(task("a", "second")));
        assertTrue(e.getMessage().contains("'a' exists already"), e.getMessage());
    }

    @Test
    void replace_runs_the_new_definition() {
        try (SessionHarness h = SessionHarness.start(builder(OnDuplicate.REPLACE).task(task("a", "first")))) {
            assertEquals(Optional.of("a"), h.session().add(task("a", "second")));
            h.session().runNow("a");
            h.settle();
            assertEquals(List.of("second@a"), ran);
        }
    }

    @Test
    void replace_swaps_a_task_whatever_the_policy_and_adds_a_missing_one() {
        try (SessionHarness h = SessionHarness.start(builder(OnDuplicate.RAISE).task(task("a", "first")))) {
            assertTrue(h.session().replace(task("a", "second")));
            assertFalse(h.session().replace(task("b", "new")), "nothing to replace: added");
            assertEquals(Set.of("a", "b"), h.session().taskNames());
            h.session().runNow("a");
            h.session().runNow("b");
            h.settle();
            assertEquals(List.of("second@a", "new@b"), ran);
            assertThrows(IllegalArgumentException.class, () -> h.session().add(task("a", "third")),
                    "the session's own policy still holds for add");
        }
    }

    @Test
    void a_replacement_that_does_not_parse_leaves_the_old_task() {
        try (SessionHarness h = SessionHarness.start(builder(OnDuplicate.RAISE).task(task("a", "first")))) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> h.session().replace(
                    TaskDefinition.builder("a").start("daily aftr 08:00").body(ctx -> null).build()));
            assertTrue(e.getMessage().contains("'a'"), e.getMessage());
            h.session().runNow("a");
            h.settle();
            assertEquals(List.of("first@a"), ran);
        }
    }

    @Test
    void ignore_keeps_the_old_definition() {
        try (SessionHarness h = SessionHarness.start(builder(OnDuplicate.IGNORE).task(task("a", "first")))) {
            assertEquals(Optional.empty(), h.session().add(task("a", "second")));
            h.session().runNow("a");
            h.settle();
            assertEquals(List.of("first@a"), ran);
        }
    }

    @Test
    void rename_adds_the_new_task_under_the_first_free_name() {
        try (SessionHarness h = SessionHarness.start(builder(OnDuplicate.RENAME).task(task("a", "first"))
                .task(task("a", "second")))) {
            assertEquals(Optional.of("a-3"), h.session().add(task("a", "third")));
            assertEquals(Set.of("a", "a-2", "a-3"), h.session().taskNames());
            h.session().runNow("a-2");
            h.settle();
            assertEquals(List.of("second@a-2"), ran);
        }
    }

    @Test
    void tasks_added_while_running_start_at_the_next_pass_and_removed_ones_stop_starting() {
        try (SessionHarness h = SessionHarness.start(builder(OnDuplicate.RAISE))) {
            h.settle();
            h.session().add(TaskDefinition.builder("tick").start("every 10 minutes").body(ctx -> ran.add("tick"))
                    .build());
            h.settle();
            assertEquals(List.of("tick"), ran);
            h.clock().advance(Duration.ofMinutes(10));
            h.settle();
            assertEquals(2, ran.size());
            assertTrue(h.session().remove("tick"));
            assertFalse(h.session().remove("tick"));
            h.clock().advance(Duration.ofMinutes(10));
            h.settle();
            assertEquals(2, ran.size());
            assertEquals(Set.of(), h.session().taskNames());
        }
    }

    @Test
    void a_removed_task_keeps_its_running_run_which_finishes_and_is_recorded() throws InterruptedException {
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        try (SessionHarness h = SessionHarness.start(builder(OnDuplicate.RAISE).task(TaskDefinition
                .builder("long").execution(Execution.THREAD).body(ctx -> {
                    release.await();
                    return null;
                }).build()))) {
            h.session().runNow("long");
            h.step();
            h.session().remove("long");
            h.step();
            release.countDown();
            h.awaitRuns();
            assertEquals(List.of("run", "success"), h.actions("long"));
        }
    }

    @Test
    void a_disabled_task_does_not_start_even_when_asked_until_enabled() {
        try (SessionHarness h = SessionHarness.start(builder(OnDuplicate.RAISE).task(task("a", "x").toBuilder()
                .disabled(true).start("every 1 minute").build()))) {
            h.session().runNow("a");
            h.settle();
            assertEquals(List.of(), ran);
            h.session().setEnabled("a", true);
            h.settle();
            assertEquals(List.of("x@a"), ran, "the request ran; the condition waits for its minute");
            h.session().setEnabled("a", false);
            h.clock().advance(Duration.ofMinutes(5));
            h.settle();
            assertEquals(1, ran.size());
        }
    }

    @Test
    void asking_for_an_unknown_task_names_the_known_ones() {
        Session s = builder(OnDuplicate.RAISE).task(task("a", "x")).build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> s.runNow("b"));
        assertTrue(e.getMessage().contains("no task named 'b'") && e.getMessage().contains("[a]"), e.getMessage());
    }

    @Test
    void a_condition_naming_an_unknown_task_is_reported_at_start() {
        SessionBuilder b = builder(OnDuplicate.RAISE).task(TaskDefinition.builder("b")
                .start("after task 'fetc' succeeded").body(ctx -> null).build()).task(task("fetch", "x"));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> SessionHarness.start(b));
        assertTrue(e.getMessage().contains("task 'b'") && e.getMessage().contains("'fetc'"), e.getMessage());
    }

    @Test
    void a_condition_naming_an_unknown_task_is_refused_when_added_while_running() {
        try (SessionHarness h = SessionHarness.start(builder(OnDuplicate.RAISE))) {
            TaskDefinition bad = TaskDefinition.builder("b").start("after task 'ghost' succeeded").body(ctx -> null)
                    .build();
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> h.session().add(bad));
            assertTrue(e.getMessage().contains("'ghost'"), e.getMessage());
        }
    }

    @Test
    void a_condition_that_does_not_parse_is_refused_with_the_task_and_the_position() {
        SessionBuilder b = builder(OnDuplicate.RAISE).task(TaskDefinition.builder("b").start("daily aftr 08:00")
                .body(ctx -> null).build());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, b::build);
        assertTrue(e.getMessage().startsWith("task 'b', start condition: line 1"), e.getMessage());
    }

    @Test
    void a_replaced_task_keeps_its_running_run_and_the_new_definition_waits_for_it() throws InterruptedException {
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        try (SessionHarness h = SessionHarness.start(builder(OnDuplicate.REPLACE).task(TaskDefinition
                .builder("job").execution(Execution.THREAD).body(ctx -> {
                    release.await();
                    return ran.add("old");
                }).build()))) {
            h.session().runNow("job");
            h.step();
            h.session().add(TaskDefinition.builder("job").body(ctx -> ran.add("new")).build());
            h.session().runNow("job");
            h.step();
            assertEquals(List.of("run"), h.actions("job"), "the new definition waits for the old run");
            release.countDown();
            h.awaitRuns().settle();
            assertEquals(List.of("old", "new"), ran);
            assertEquals(List.of("run", "success", "run", "success"), h.actions("job"));
        }
    }

    @Test
    void tasks_due_together_start_in_priority_order() {
        try (SessionHarness h = SessionHarness.start(builder(OnDuplicate.RAISE)
                .task(task("low", "low").toBuilder().priority(1).start("daily").build())
                .task(task("high", "high").toBuilder().priority(9).start("daily").build())
                .task(task("mid", "mid").toBuilder().priority(5).start("daily").build()))) {
            h.settle();
            assertEquals(List.of("high@high", "mid@mid", "low@low"), ran);
        }
    }
}
