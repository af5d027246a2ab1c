package dev.kairos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kairos.log.LogRecord;
import dev.kairos.param.Parameter;
import dev.kairos.param.ParameterSupplier;
import dev.kairos.param.Return;
import dev.kairos.task.Execution;
import dev.kairos.task.Task;
import dev.kairos.task.TaskContext;
import dev.kairos.task.TaskDefinition;
import dev.kairos.testing.ManualClock;
import dev.kairos.testing.SessionHarness;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ParametersTest {
    private final Map<String, Object> seen = new ConcurrentHashMap<>();

    private SessionBuilder builder() {
        return Session.builder().clock(ManualClock.at("2024-01-01T00:00:00Z")).zone(ZoneOffset.UTC)
                .defaultExecution(Execution.MAIN);
    }

    private TaskDefinition.Phase scheduled() {
        return TaskDefinition.Phase.SCHEDULED;
    }

    private TaskDefinition capture(String name, String... params) {
        return TaskDefinition.builder(name).phase(scheduled()).parameter("level", "task").body(ctx -> {
            for (String p : params) {
                seen.put(name + "." + p, String.valueOf(ctx.parameter(p)));
            }
            return null;
        }).build();
    }

    @Test
    void run_parameters_beat_task_parameters_which_beat_session_parameters() {
        try (SessionHarness h = SessionHarness.start(builder().parameter("level", "session").parameter("only", "s")
                .task(capture("a", "level", "only"))
                .task(TaskDefinition.builder("b").body(ctx -> seen.put("b.level", ctx.parameter("level"))).build()))) {
            h.session().runNow("a");
            h.session().runNow("b");
            h.settle();
            assertEquals("task", seen.get("a.level"));
            assertEquals("s", seen.get("a.only"));
            assertEquals("session", seen.get("b.level"));
            h.session().runNow("a", Map.of("level", "run"));
            h.settle();
            assertEquals("run", seen.get("a.level"));
        }
    }

    @Test
    void a_session_supplier_is_computed_right_before_each_run_that_asks() {
        AtomicInteger calls = new AtomicInteger();
        ParameterSupplier<Integer> counter = calls::incrementAndGet;
        try (SessionHarness h = SessionHarness.start(builder().parameter("n", counter)
                .task(capture("a", "n")).task(capture("quiet")))) {
            h.session().runNow("quiet");
            h.settle();
            assertEquals(0, calls.get(), "a run that does not ask does not compute it");
            h.session().runNow("a");
            h.settle();
            h.session().runNow("a");
            h.settle();
            assertEquals("2", seen.get("a.n"));
        }
    }

    /** Session parameters from annotated methods. */
    public static final class Sources {
        private int calls;

        @Parameter("today")
        public String today() {
            return "day-" + ++calls;
        }

        @Parameter
        public String region() {
            return "eu";
        }
    }

    /** Tasks with injected parameters. */
    public static final class Jobs {
        final List<String> calls = new java.util.concurrent.CopyOnWriteArrayList<>();

        @Task(execution = Execution.MAIN)
        public String fetch(String today, @Parameter("region") String where, TaskContext context) {
            calls.add(context.taskName() + ":" + today + "/" + where);
            return "rows-" + today;
        }

        @Task(execution = Execution.MAIN, start = "after task 'fetch' succeeded")
        public void load(@Parameter("rows") String rows) {
            calls.add("load:" + rows);
        }

        @Task(execution = Execution.MAIN)
        public void needs(int count) {
            calls.add("needs:" + count);
        }
    }

    @Test
    void annotated_suppliers_and_return_values_are_injected_by_name_and_annotation() {
        Jobs jobs = new Jobs();
        SessionBuilder b = builder().parameters(new Sources()).parameter("rows", Return.of("fetch")).tasks(jobs);
        try (SessionHarness h = SessionHarness.start(b)) {
            h.session().runNow("fetch");
            h.settle();
            assertEquals(List.of("fetch:day-1/eu", "load:rows-day-1"), jobs.calls);
        }
    }

    @Test
    void a_missing_required_parameter_fails_that_run_with_a_clear_message_and_nothing_else() {
        Jobs jobs = new Jobs();
        try (SessionHarness h = SessionHarness.start(builder().tasks(jobs))) {
            h.session().runNow("needs");
            h.settle();
            LogRecord fail = h.records("needs").get(1);
            assertEquals("fail", fail.action().code());
            assertTrue(fail.message().contains("needs the parameter 'count'"), fail.message());
            h.session().runNow("needs", Map.of("count", 3));
            h.settle();
            assertEquals(List.of("needs:3"), jobs.calls);
        }
    }

    @Test
    void a_return_of_a_task_that_has_not_succeeded_is_null() {
        try (SessionHarness h = SessionHarness.start(builder().parameter("prev", Return.of("never"))
                .task(TaskDefinition.builder("never").body(ctx -> "x").build())
                .task(capture("a", "prev")))) {
            h.session().runNow("a");
            h.settle();
            assertEquals("null", seen.get("a.prev"));
        }
    }

    @Test
    void a_failing_supplier_fails_the_run_not_the_session() {
        ParameterSupplier<String> broken = () -> {
            throw new IllegalStateException("db down");
        };
        try (SessionHarness h = SessionHarness.start(builder().parameter("conn", broken).task(capture("a", "conn")))) {
            h.session().runNow("a");
            h.settle();
            assertEquals(List.of("run", "fail"), h.actions("a"));
            assertTrue(h.records("a").get(1).message().contains("db down"));
        }
    }

    @Test
    void session_parameters_can_change_while_running_and_conditions_see_them() {
        try (SessionHarness h = SessionHarness.start(builder()
                .task(TaskDefinition.builder("gated").start("daily & param 'go' is 'yes'").body(ctx -> null).build()))) {
            h.settle();
            assertEquals(List.of(), h.actions("gated"));
            h.session().setParameter("go", "yes");
            h.settle();
            assertEquals(List.of("run", "success"), h.actions("gated"));
        }
    }

    @Test
    void a_removed_session_parameter_is_gone_for_conditions_and_later_runs() {
        List<Object> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (SessionHarness h = SessionHarness.start(builder()
                .task(TaskDefinition.builder("gated").start("every 1 minute & param 'go' exists")
                        .body(ctx -> null).build())
                .task(TaskDefinition.builder("ungated").start("daily & ~param 'go' exists").body(ctx -> null).build())
                .task(TaskDefinition.builder("reader")
                        .body(ctx -> seen.add(ctx.hasParameter("go") ? ctx.parameter("go") : "none")).build()))) {
            h.session().setParameter("go", "yes");
            h.session().runNow("reader");
            h.settle();
            assertEquals(List.of("run", "success"), h.actions("gated").subList(0, 2));
            assertEquals(List.of(), h.actions("ungated"));
            assertTrue(h.session().removeParameter("go"));
            assertFalse(h.session().removeParameter("go"), "already gone");
            h.settle();
            assertEquals(List.of("run", "success"), h.actions("ungated"), "the removal is an event for its readers");
            int runs = h.actions("gated").size();
            h.clock().advance(java.time.Duration.ofMinutes(5));
            h.session().runNow("reader");
            h.settle();
            assertEquals(runs, h.actions("gated").size(), "param 'go' exists is false now");
            assertEquals(List.of("yes", "none"), seen);
        }
    }
}
