package dev.kairos.testing;

import dev.kairos.Session;
import dev.kairos.SessionBuilder;
import dev.kairos.SessionListener;
import dev.kairos.condition.Action;
import dev.kairos.log.LogRecord;
import dev.kairos.internal.loop.Steppable;
import dev.kairos.internal.loop.Stepping;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Runs a session step by step under a {@link ManualClock}, on the calling thread, so that a set of
 * tasks can be tested deterministically: no sleeping, no waiting for time.
 *
 * <pre>{@code
 * ManualClock clock = ManualClock.at("2024-01-01T07:00:00Z");
 * SessionHarness h = SessionHarness.start(Session.builder().clock(clock).zone(ZoneOffset.UTC)
 *         .task(TaskDefinition.builder("fetch").start("daily after 08:00").body(ctx -> fetch()).build()));
 * h.stepAt(Instant.parse("2024-01-01T08:00:00Z"));   // one pass at 08:00: fetch starts
 * h.awaitRuns();                                    // its thread returns; its record is written
 * assertEquals(List.of("run", "success"), h.actions("fetch"));
 * }</pre>
 *
 * <p>Thread runs still execute on the pool; {@link #awaitRuns()} waits for them on real events (their
 * return), never on a timer. The harness records, in order, every record the session writes.
 */
public final class SessionHarness implements AutoCloseable {
    /** How long {@link #awaitRuns()} waits for runs to return before failing (real time). */
    public static final Duration RUN_WAIT_LIMIT = Duration.ofSeconds(30);
    private static final int MAX_PASSES_PER_INSTANT = 10_000;

    private final Session session;
    private final Stepping engine;
    private final List<LogRecord> records = Collections.synchronizedList(new ArrayList<>());

    private SessionHarness(SessionBuilder builder) {
        builder.listener(new SessionListener() {
            @Override
            public void runStarted(LogRecord record) {
                records.add(record);
            }

            @Override
            public void runFinished(LogRecord record) {
                records.add(record);
            }
        });
        this.session = builder.build();
        this.engine = ((Steppable) session).stepping();
    }

    /**
     * Builds the session, reads its task log and prepares the first pass (not made yet).
     *
     * @param builder a builder whose clock is a {@link ManualClock}
     * @throws IllegalArgumentException if the builder's clock is not a {@link ManualClock}
     */
    public static SessionHarness start(SessionBuilder builder) {
        Objects.requireNonNull(builder, "builder");
        SessionHarness h = new SessionHarness(builder);
        if (!(h.engine.clock() instanceof ManualClock)) {
            throw new IllegalArgumentException("the session's clock must be a ManualClock, was " + h.engine.clock());
        }
        h.engine.open();
        return h;
    }

    /** The session, to add tasks, ask for runs, and so on. */
    public Session session() {
        return session;
    }

    /** The session's clock. */
    public ManualClock clock() {
        return (ManualClock) engine.clock();
    }

    /**
     * One loop step at the clock's instant: a pass, and the passes that follow at once because the
     * first changed something (a run started, so conditions naming its task must be looked at again).
     * Does not wait for thread runs.
     *
     * @throws IllegalStateException if the session stays busy at this instant (a condition always true)
     */
    public SessionHarness step() {
        for (int i = 0; i < MAX_PASSES_PER_INSTANT; i++) {
            engine.pass();
            if (!engine.hasWork() || engine.isStopped()) {
                return this;
            }
        }
        throw busy();
    }

    /** Sets the clock, then makes one pass. */
    public SessionHarness stepAt(Instant instant) {
        clock().set(instant);
        return step();
    }

    /** Sets the clock to an ISO-8601 instant (e.g. {@code 2024-01-01T08:00:00Z}), then makes one pass. */
    public SessionHarness stepAt(String isoInstant) {
        return stepAt(java.time.OffsetDateTime.parse(isoInstant).toInstant());
    }

    /**
     * Waits until every live (not terminated) run has returned, and records them. Waits on the runs'
     * completion, not on time.
     *
     * @throws IllegalStateException naming the runs still going after {@link #RUN_WAIT_LIMIT}
     */
    public SessionHarness awaitRuns() {
        return await(false);
    }

    /**
     * As {@link #awaitRuns()}, and also waits for the bodies of terminated runs to return (the
     * session counts them as live for launching until they do).
     */
    public SessionHarness awaitAllThreads() {
        return await(true);
    }

    private SessionHarness await(boolean terminatedToo) {
        try {
            engine.awaitRuns(RUN_WAIT_LIMIT, terminatedToo);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for runs", e);
        }
        return this;
    }

    /** Passes at the clock's instant, waiting for runs after each, until nothing is left to do at it. */
    public SessionHarness settle() {
        for (int i = 0; i < MAX_PASSES_PER_INSTANT; i++) {
            step();
            awaitRuns();
            if (!engine.hasWork() || engine.isStopped()) {
                return this;
            }
        }
        throw busy();
    }

    private IllegalStateException busy() {
        return new IllegalStateException("the session is still busy after " + MAX_PASSES_PER_INSTANT
                + " passes at " + clock().instant() + ": some task is always due (a start condition that "
                + "stays true, such as 'true'?)");
    }

    /**
     * Simulates the session until {@code end}: settles at the clock's instant, then jumps to the next
     * instant at which something is due, and so on; finally settles at {@code end}. Runs are taken to
     * take no simulated time, so this suits tasks that return by themselves.
     */
    public SessionHarness runUntil(Instant end) {
        Objects.requireNonNull(end, "end");
        settle();
        while (!engine.isStopped()) {
            Instant next = engine.nextWake();
            if (!next.isBefore(end) || next.equals(Instant.MAX)) {
                break;
            }
            clock().set(next.isAfter(clock().instant()) ? next : clock().instant());
            settle();
        }
        if (!engine.isStopped() && end.isAfter(clock().instant())) {
            clock().set(end);
            settle();
        }
        return this;
    }

    /** Asks for shutdown and passes until the session stops, moving the clock past the shutdown wait if needed. */
    public SessionHarness shutdown() {
        session.shutdown();
        step();
        if (!engine.isStopped()) {
            clock().set(clock().instant().plus(engine.shutdownWait()));
            step();
        }
        return this;
    }

    /** Whether the session has stopped. */
    public boolean isStopped() {
        return engine.isStopped();
    }

    /** The earliest instant at which a task is due ({@link Instant#MAX}: none), ignoring events. */
    public Instant nextWake() {
        return engine.nextWake();
    }

    /** Every record the session wrote so far, in order (crash records of a previous session first). */
    public List<LogRecord> records() {
        synchronized (records) {
            return List.copyOf(records);
        }
    }

    /** The records of one task, in order. */
    public List<LogRecord> records(String task) {
        return records().stream().filter(r -> r.task().equals(task)).toList();
    }

    /** The actions of one task's records, in order, as log codes ({@code run}, {@code success}, …). */
    public List<String> actions(String task) {
        return records(task).stream().map(r -> r.action().code()).toList();
    }

    /** How many records of this action the task has. */
    public long count(String task, Action action) {
        return records(task).stream().filter(r -> r.action() == action).count();
    }

    /** Shuts the session down if it still runs. */
    @Override
    public void close() {
        if (!engine.isStopped()) {
            shutdown();
        }
    }
}
