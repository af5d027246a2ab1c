package dev.kairos.internal.loop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kairos.Session;
import dev.kairos.SessionHandle;
import dev.kairos.condition.Action;
import dev.kairos.condition.ConditionParser;
import dev.kairos.internal.launch.MainLauncher;
import dev.kairos.internal.launch.ThreadLauncher;
import dev.kairos.log.LogRecord;
import dev.kairos.log.TaskLog;
import dev.kairos.task.Execution;
import dev.kairos.task.TaskDefinition;
import dev.kairos.testing.ManualClock;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** A pass made ahead of its instant (what the session does with a system clock). */
class AheadPassTest {
    private static final Instant EIGHT = Instant.parse("2024-05-06T08:00:00Z");

    /** A log that notes, for each record, the clock's instant when it was appended. */
    private static final class WatchedLog implements TaskLog {
        private final TaskLog log = TaskLog.inMemory();
        private final Clock clock;
        final List<Instant> appendedAt = Collections.synchronizedList(new ArrayList<>());
        final List<LogRecord> records = Collections.synchronizedList(new ArrayList<>());

        WatchedLog(Clock clock) {
            this.clock = clock;
        }

        @Override
        public List<dev.kairos.log.LogProblem> replay(ZoneId zone, Consumer<LogRecord> sink) throws IOException {
            return log.replay(zone, sink);
        }

        @Override
        public void append(List<LogRecord> batch) throws IOException {
            log.append(batch);
            for (LogRecord r : batch) {
                appendedAt.add(clock.instant());
                records.add(r);
            }
        }

        @Override
        public void close() throws IOException {
            log.close();
        }
    }

    @Test
    void runs_decided_ahead_are_recorded_as_starting_at_the_instant() throws Exception {
        ManualClock clock = ManualClock.at(EIGHT.minusMillis(10));
        WatchedLog log = new WatchedLog(clock);
        List<Instant> seen = Collections.synchronizedList(new ArrayList<>());
        Loop loop = new Loop(new LoopSettings(clock, ZoneOffset.UTC, log, null, Duration.ofSeconds(30),
                Duration.ofSeconds(1), 16, false, Duration.ofSeconds(5)), Map.of(Execution.MAIN, new MainLauncher(),
                Execution.THREAD, new ThreadLauncher(2), Execution.PROCESS, new ThreadLauncher(1)),
                new ConcurrentHashMap<>(), Fixtures.NO_HOOKS);
        loop.requests().added(bound(TaskDefinition.builder("main").start("daily after 08:00")
                .execution(Execution.MAIN).body(ctx -> seen.add(ctx.started())).build(), 0), null);
        loop.requests().added(bound(TaskDefinition.builder("thread").start("daily after 08:00")
                .execution(Execution.THREAD).body(ctx -> seen.add(ctx.started())).build(), 1), null);
        Stepping engine = loop.stepping(() -> { });
        loop.open();
        engine.pass();
        assertTrue(log.records.isEmpty(), "nothing is due before 08:00");
        assertEquals(EIGHT, engine.nextWake());

        loop.passAt(EIGHT); // the clock still reads 07:59:59.990
        engine.awaitRuns(dev.kairos.testing.SessionHarness.RUN_WAIT_LIMIT, false);

        List<LogRecord> runs = log.records.stream().filter(r -> r.action() == Action.RUN).toList();
        assertEquals(2, runs.size(), log.records.toString());
        for (int i = 0; i < log.records.size(); i++) {
            LogRecord r = log.records.get(i);
            if (r.action() == Action.RUN) {
                assertEquals(EIGHT, r.start(), r.toString());
                assertEquals(EIGHT.minusMillis(10), log.appendedAt.get(i), "written when the pass was made");
            }
        }
        assertEquals(List.of(EIGHT, EIGHT), seen);
        loop.requests().shutdown();
        engine.pass();
    }

    private static TaskState bound(TaskDefinition d, long seq) {
        return new TaskState(d, ConditionParser.standard().parse(d.start()), null, Set.of(), Set.of(), d.execution(),
                null, seq);
    }

    @Test
    void with_the_system_clock_no_body_starts_before_its_recorded_start() throws Exception {
        Clock clock = Clock.systemUTC();
        WatchedLog log = new WatchedLog(clock);
        int runs = 6;
        CountDownLatch done = new CountDownLatch(2 * runs);
        List<String> early = Collections.synchronizedList(new ArrayList<>());
        var b = Session.builder().zone(ZoneOffset.UTC).taskLog(log);
        for (Execution e : List.of(Execution.THREAD, Execution.MAIN)) {
            b.task(TaskDefinition.builder(e.name().toLowerCase()).start("every 50 ms").execution(e)
                    .body(ctx -> {
                        Instant now = clock.instant();
                        if (now.isBefore(ctx.started())) {
                            early.add(ctx.taskName() + " started at " + now + ", recorded " + ctx.started());
                        }
                        done.countDown();
                        return null;
                    }).build());
        }
        try (SessionHandle h = b.build().startInBackground()) {
            assertTrue(done.await(30, TimeUnit.SECONDS), "the runs did not come");
        }
        assertEquals(List.of(), early);
        assertFalse(log.records.isEmpty());
    }

    @Test
    void with_the_system_clock_a_wake_further_off_than_the_logs_check_is_not_passed_early() throws Exception {
        // The log is checked every 2 s, which cuts a longer sleep short; the pass after that sleep is
        // for the instant it ends, not for the wake 3 s away.
        Clock clock = Clock.systemUTC();
        List<Instant> began = Collections.synchronizedList(new ArrayList<>());
        List<Instant> recorded = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch two = new CountDownLatch(2);
        var b = Session.builder().zone(ZoneOffset.UTC).taskLog(new WatchedLog(clock))
                .task(TaskDefinition.builder("tick").start("every 3 seconds").execution(Execution.THREAD)
                        .body(ctx -> {
                            began.add(clock.instant());
                            recorded.add(ctx.started());
                            two.countDown();
                            return null;
                        }).build());
        try (SessionHandle h = b.build().startInBackground()) {
            assertTrue(two.await(30, TimeUnit.SECONDS), "the second run did not come");
        }
        assertFalse(began.get(1).isBefore(recorded.get(1)), "began " + began + ", recorded " + recorded);
        assertFalse(recorded.get(1).isBefore(recorded.get(0).plusSeconds(3)), "recorded " + recorded);
    }
}
