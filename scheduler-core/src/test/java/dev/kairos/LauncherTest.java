package dev.kairos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kairos.run.LaunchedRun;
import dev.kairos.run.Launcher;
import dev.kairos.task.Execution;
import dev.kairos.task.TaskDefinition;
import dev.kairos.testing.ManualClock;
import dev.kairos.testing.SessionHarness;
import dev.kairos.view.TaskView;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

class LauncherTest {
    private static final Instant T0 = Instant.parse("2024-05-06T08:00:00Z");

    /** Runs THREAD tasks on an executor of the test's, one at a time; notes what it was given. */
    private static final class OwnExecutor implements Launcher {
        final ExecutorService executor = Executors.newSingleThreadExecutor();
        final List<String> launched = new ArrayList<>();
        boolean opened;
        boolean closed;

        @Override
        public int capacity() {
            return 1;
        }

        @Override
        public void open() {
            opened = true;
        }

        @Override
        public void launch(LaunchedRun run) {
            launched.add(run.task().name() + "#" + run.runId());
            executor.execute(run::execute);
        }

        @Override
        public void close() {
            closed = true;
            executor.shutdownNow();
        }
    }

    @Test
    void a_launcher_given_to_the_builder_carries_out_the_runs_of_its_execution_within_its_capacity() {
        OwnExecutor own = new OwnExecutor();
        CountDownLatch release = new CountDownLatch(1);
        SessionBuilder b = Session.builder().clock(ManualClock.at(T0)).zone(ZoneOffset.UTC)
                .launcher(Execution.THREAD, own);
        for (String name : List.of("a", "b")) {
            b.task(TaskDefinition.builder(name).start("daily").body(ctx -> {
                release.await();
                return null;
            }).build());
        }
        try (SessionHarness h = SessionHarness.start(b)) {
            assertTrue(own.opened);
            h.step();
            assertEquals(List.of("a#1"), own.launched, "one slot: b waits");
            assertEquals(TaskView.State.QUEUED, h.session().view().task("b").orElseThrow().state());
            release.countDown();
            h.settle();
            assertEquals(List.of("a#1", "b#2"), own.launched);
            assertEquals(List.of("run", "success"), h.actions("a"));
            assertEquals(List.of("run", "success"), h.actions("b"));
        }
        assertTrue(own.closed);
    }

    @Test
    void a_launcher_that_throws_fails_that_run_and_the_session_goes_on() {
        Launcher broken = new Launcher() {
            @Override
            public int capacity() {
                return 4;
            }

            @Override
            public void launch(LaunchedRun run) {
                throw new IllegalStateException("no threads today");
            }
        };
        try (SessionHarness h = SessionHarness.start(Session.builder().clock(ManualClock.at(T0)).zone(ZoneOffset.UTC)
                .launcher(Execution.THREAD, broken)
                .task(TaskDefinition.builder("t").start("every 1 minute").body(ctx -> null).build())
                .task(TaskDefinition.builder("m").start("every 1 minute").execution(Execution.MAIN).body(ctx -> null)
                        .build()))) {
            h.settle();
            assertEquals(List.of("run", "fail"), h.actions("t"));
            assertTrue(h.records("t").get(1).message().contains("no threads today"), h.records("t").toString());
            assertEquals(List.of("run", "success"), h.actions("m"));
            h.stepAt(T0.plusSeconds(60)).awaitRuns();
            assertEquals(List.of("run", "fail", "run", "fail"), h.actions("t"));
        }
    }

    @Test
    void a_launcher_and_the_setters_of_the_built_in_one_are_refused_together() {
        Launcher one = new OwnExecutor();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Session.builder().threads(8).launcher(Execution.THREAD, one));
        assertTrue(e.getMessage().contains("threads()"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> Session.builder().launcher(Execution.PROCESS, one).jvmOptions("-Xmx64m"));
        assertTrue(e.getMessage().contains("jvmOptions()"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> Session.builder().launcher(Execution.MAIN, one).launcher(Execution.MAIN, one));
        assertTrue(e.getMessage().contains("set already"), e.getMessage());
        Launcher none = new Launcher() {
            @Override
            public int capacity() {
                return 0;
            }

            @Override
            public void launch(LaunchedRun run) {
            }
        };
        assertThrows(IllegalArgumentException.class, () -> Session.builder().launcher(Execution.MAIN, none));
    }
}
