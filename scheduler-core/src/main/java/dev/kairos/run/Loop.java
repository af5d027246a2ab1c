package dev.kairos.run;

import dev.kairos.Session;
import dev.kairos.SessionConfig;
import dev.kairos.condition.Action;
import dev.kairos.condition.Condition;
import dev.kairos.condition.time.Durations;
import dev.kairos.log.LogRecord;
import dev.kairos.log.StatusCache;
import dev.kairos.task.Execution;
import dev.kairos.task.TaskDefinition.Phase;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The session loop: everything here runs on the session thread, which owns the status cache, the
 * task log and the scheduling state, so none of it needs locks. Other threads talk to it through
 * {@link #post(Event)}.
 *
 * <p>A pass handles the events (finished runs are recorded first, so conditions see them), then
 * looks only at the tasks that are due (their next-change instant has come) or were touched by an
 * event (their own, or one of a task their conditions name), in priority order.
 */
final class Loop {
    private static final Logger LOG = LoggerFactory.getLogger("dev.kairos.Session");
    /** The longest sleep: a guard against wall-clock jumps, not a polling interval. */
    private static final Duration MAX_SLEEP = Duration.ofMinutes(1);

    enum State { NEW, RUNNING, STOPPING, STOPPED }

    private final SessionConfig config;
    private final Clock clock;
    private final Session session;
    private final Map<String, Object> parameters;
    private final Results results;
    private final Inbox inbox = new Inbox();
    private final StatusCache cache;
    private final Recorder recorder;
    private final Evaluator evaluator;
    private final Condition shutdownCondition;
    private final Pace pace;
    private Launcher launcher;

    private final TaskIndex tasks = new TaskIndex();
    private final RunBook runs = new RunBook();
    private final List<LogRecord> records = runs.records;

    private volatile State state = State.NEW;
    private Instant started;
    private Instant stopDeadline;
    private Instant shutdownWake = Instant.MAX;
    private long cycles;
    private int startupLeft;
    private RuntimeException fatal;

    Loop(SessionConfig config, Session session, Map<String, Object> parameters, Results results,
            Condition shutdownCondition) {
        this.config = config;
        this.clock = config.clock();
        this.session = session;
        this.parameters = parameters;
        this.results = results;
        this.shutdownCondition = shutdownCondition;
        this.cache = new StatusCache(config.cacheDepth());
        this.recorder = new Recorder(config.taskLog(), cache, config.listeners());
        this.evaluator = new Evaluator(config, cache, parameters);
        this.pace = new Pace(clock);
    }

    void post(Event event) {
        inbox.post(event);
    }

    State state() {
        return state;
    }

    RuntimeException fatal() {
        return fatal;
    }

    /** Reads the log into the cache, records crashes, starts the pool and the startup tasks. */
    void open() {
        Instant now = clock.instant();
        recorder.replay(config.zone(), runs::noteRunId);
        recorder.commit(cache.crashesOfOpenRuns(now), name -> { });
        launcher = new Launcher(config, pace, this::post);
        started = now;
        state = State.RUNNING;
        drainEvents();
        startupLeft = tasks.ask(Phase.ON_STARTUP);
        LOG.info("session started at {} with {} tasks", now, tasks.active().size());
        recorder.started(session);
    }

    /** One pass at the clock's instant. */
    void pass() {
        if (state == State.STOPPED) {
            return;
        }
        Instant now = clock.instant();
        decide(now);
        settle(now, handOver(now));
    }

    /**
     * The first half of a pass at {@code now}: takes in the events, then tests the due and touched
     * tasks, noting the runs to start and to terminate and their records. Nothing leaves the session
     * thread yet, so this may run a little before {@code now} (see {@link #sleep}).
     */
    private void decide(Instant now) {
        cycles++;
        evaluator.pass(started, cycles);
        drainEvents();
        commit();
        tasks.wakeWaiting(launcher.freeThreads());
        tasks.wakeWaitingForChildren(launcher.freeChildren());
        if (state == State.RUNNING && shutdownCondition != null) {
            SessionContext ctx = evaluator.context(null, now);
            if (evaluator.test(shutdownCondition, ctx, "shutdown")) {
                beginShutdown(now, "the shutdown condition holds: " + shutdownCondition);
            } else {
                shutdownWake = evaluator.nextChange(shutdownCondition, ctx, "shutdown");
            }
        }
        for (TaskState t : tasks.takeDue(now, cycles)) {
            if (t.active || !t.runs.isEmpty()) {
                process(t, now);
            }
        }
    }

    /**
     * Writes the pass's records and, if that worked, hands its THREAD and PROCESS runs to their
     * threads, where each body waits for its run's start instant.
     *
     * @return whether the records were written
     */
    private boolean handOver(Instant now) {
        boolean written = recorder.write(records);
        if (written) {
            runs.launches.forEach(launcher::submit);
        } else {
            runs.launches.forEach(r -> unlaunch(r, now));
        }
        return written;
    }

    /** The end of a pass: stops runs, takes the records in, runs the MAIN runs, checks for the end. */
    private void settle(Instant now, boolean written) {
        runs.stops.forEach(launcher::terminate);
        runs.stops.clear();
        recorder.apply(records, written, tasks::changed);
        records.clear();
        if (written) {
            runs.launches.forEach(launcher::runHere);
        }
        runs.launches.clear();
        tasks.wakeWaiting(launcher.freeThreads()); // a woken task may not have wanted its thread after all
        tasks.wakeWaitingForChildren(launcher.freeChildren());
        RuntimeException failed = evaluator.takeFatal();
        if (failed != null && fatal == null) {
            fatal = failed;
            beginShutdown(now, "a condition failed and onConditionError is FATAL");
        }
        if (state == State.STOPPING && (runs.noneLive() && !tasks.asked(Phase.ON_SHUTDOWN)
                || !now.isBefore(stopDeadline))) {
            stop(now);
        }
    }

    /**
     * Waits until the next instant something is due, or an event; returns at once if work is pending.
     *
     * <p>With a system clock, the pass for a due instant is made {@link Pace#AHEAD} of it: the
     * conditions are tested at that instant and the run records written; the bodies' threads wait for
     * the instant themselves, each woken by its own timer, and the session thread finishes the pass
     * (MAIN runs, terminations, events) when the clock reaches it. So a run starts on time however
     * long the pass took and however slowly a parked thread is handed work. Events that arrive
     * meanwhile wait for the next pass, as if they had come just after the instant.
     */
    void sleep() throws InterruptedException {
        if (hasWork() || state == State.STOPPED) {
            return;
        }
        Instant wake = nextWake();
        long left = Pace.nanosUntil(clock, wake, MAX_SLEEP);
        if (left <= 0) {
            return;
        }
        boolean ahead = pace.followsRealTime() && left < MAX_SLEEP.toNanos();
        long poll = ahead ? left - Pace.AHEAD.toNanos() : left;
        if (poll > 0 && inbox.await(poll)) {
            return;
        }
        if (ahead && inbox.isEmpty()) {
            passAt(wake);
        }
    }

    /**
     * A pass for the instant {@code at}, made now: records written and runs handed over at once, the
     * rest when the clock reads {@code at}. Package-private for tests, which drive the clock.
     */
    void passAt(Instant at) throws InterruptedException {
        decide(at);
        boolean written = handOver(at);
        boolean interrupted = pace.awaitInstant(at);
        settle(at, written);
        if (interrupted) {
            throw new InterruptedException();
        }
    }

    /** The earliest instant at which the loop has something to do, ignoring events. */
    Instant nextWake() {
        if (tasks.hasTouched()) {
            return clock.instant();
        }
        Instant wake = tasks.next();
        if (state == State.RUNNING && shutdownWake.isBefore(wake)) {
            wake = shutdownWake;
        }
        if (state == State.STOPPING && stopDeadline.isBefore(wake)) {
            wake = stopDeadline;
        }
        return wake;
    }

    /** Whether a pass now would have something to do without the clock moving. */
    boolean hasWork() {
        return tasks.hasTouched() || !inbox.isEmpty();
    }

    /**
     * Waits (real time, at most {@code limit}) until every live run has returned (and, if asked, every
     * terminated run too), then records them. For the test harness.
     *
     * @return whether all returned in time
     */
    boolean awaitRuns(Duration limit, boolean terminatedToo) throws InterruptedException {
        if (!inbox.awaitFinished(runs.unreturned(terminatedToo), System.nanoTime() + limit.toNanos())) {
            return false;
        }
        drainEvents();
        commit();
        return true;
    }

    /** The runs whose bodies have not returned, for error messages. */
    List<String> unreturnedRuns() {
        return runs.describeUnreturned();
    }

    private void process(TaskState t, Instant now) {
        Instant wake = Instant.MAX;
        SessionContext ctx = null;
        for (RunState r : t.runs) {
            if (r.terminated || r.execution == Execution.MAIN) {
                continue;
            }
            if (r.deadline != null && !now.isBefore(r.deadline)) {
                runs.terminate(r, now, "timeout: the run took longer than " + Durations.format(t.timeout));
                continue;
            }
            if (t.end != null) {
                ctx = ctx == null ? evaluator.context(t.name, now) : ctx;
                if (evaluator.test(t.end, ctx, "end")) {
                    runs.terminate(r, now, "the end condition holds: " + t.end);
                    continue;
                }
                wake = min(wake, evaluator.nextChange(t.end, ctx, "end"));
            }
            wake = min(wake, r.deadline);
        }
        if (t.active && !t.disabled && (t.definition.multilaunch() || t.runs.isEmpty())) {
            boolean asked = !t.requests.isEmpty() && (state == State.RUNNING || t.phase() == Phase.ON_SHUTDOWN);
            boolean scheduled = !asked && state == State.RUNNING && startupLeft == 0
                    && t.phase() == Phase.SCHEDULED && t.start != null;
            boolean go = asked;
            if (scheduled) {
                ctx = ctx == null ? evaluator.context(t.name, now) : ctx;
                go = evaluator.test(t.start, ctx, "start");
                if (!go) {
                    wake = min(wake, evaluator.nextChange(t.start, ctx, "start"));
                }
            }
            if (go) {
                if (launcher.hasRoom(t.execution)) {
                    launch(t, asked ? t.requests.poll() : Map.of(), now);
                } else if (t.execution == Execution.PROCESS) {
                    tasks.waitForChild(t);
                } else {
                    tasks.waitForThread(t);
                }
            }
        }
        tasks.schedule(t, wake);
    }

    private void launch(TaskState t, Map<String, Object> runParameters, Instant now) {
        Parameters p = new Parameters(runParameters, t.definition.parameters(), parameters, results);
        launcher.reserve(runs.launch(t, now, t.timeout == null ? null : plus(now, t.timeout), p));
    }

    private void unlaunch(RunState r, Instant now) {
        runs.unlaunch(r);
        launcher.returned(r);
        tasks.schedule(r.task, now.plus(config.recheckInterval()));
    }

    private void finished(Event.Finished f) {
        RunState r = f.run();
        TaskState t = r.task;
        launcher.returned(r);
        if (!runs.returned(f)) {
            LOG.info("{} returned after it was terminated; its outcome ({}) is not recorded", r,
                    f.outcome().action().code());
            tasks.touch(t);
            return;
        }
        if (f.outcome().action() == Action.SUCCESS) {
            results.put(t.name, f.outcome().result());
        }
        if (t.phase() == Phase.ON_STARTUP && !t.startupRunDone && startupLeft > 0) {
            t.startupRunDone = true;
            if (--startupLeft == 0) {
                tasks.touchAll();
            }
        }
    }

    private void drainEvents() {
        for (Event e; (e = inbox.next()) != null; ) {
            apply(e);
        }
    }

    private void apply(Event e) {
        if (e instanceof Event.Finished f) {
            finished(f);
        } else if (e instanceof Event.Added a) {
            tasks.add(a.task(), a.replaced());
        } else if (e instanceof Event.Removed r) {
            removed(r.task());
        } else if (e instanceof Event.Touched t) {
            tasks.touch(t.task());
        } else if (e instanceof Event.ParametersChanged p) {
            tasks.touchReaders(p.name());
        } else if (e instanceof Event.ShutdownAsked) {
            beginShutdown(clock.instant(), "shutdown asked");
        }
    }

    private void removed(TaskState t) {
        if (tasks.remove(t) && t.phase() == Phase.ON_STARTUP && !t.startupRunDone && startupLeft > 0
                && !t.requests.isEmpty()) {
            startupLeft--;
        }
    }

    private boolean commit() {
        boolean ok = recorder.commit(records, tasks::changed);
        records.clear();
        return ok;
    }

    private void beginShutdown(Instant now, String why) {
        if (state != State.RUNNING) {
            return;
        }
        state = State.STOPPING;
        stopDeadline = plus(now, config.shutdownWait());
        LOG.info("session stopping ({}); waiting up to {} for {} run(s)", why, config.shutdownWait(), runs.liveCount());
        tasks.ask(Phase.ON_SHUTDOWN);
        tasks.touchAll();
    }

    private void stop(Instant now) {
        for (RunState r : runs.liveRuns()) {
            runs.terminate(r, now, "the session stopped before the run finished");
        }
        commit();
        runs.stops.forEach(launcher::terminate);
        runs.stops.clear();
        launcher.shutdown();
        closeLog();
        state = State.STOPPED;
        LOG.info("session stopped after {} passes", cycles);
        recorder.stopped(session);
    }

    /** After an unexpected error of the loop itself: lets the threads and the log go. */
    void abort(Throwable cause) {
        LOG.error("the session loop failed; {} run(s) left unrecorded: {}", runs.liveCount(), cause.toString(), cause);
        state = State.STOPPED;
        if (launcher != null) {
            launcher.shutdown();
        }
        closeLog();
    }

    private void closeLog() {
        try {
            config.taskLog().close();
        } catch (IOException e) {
            LOG.warn("cannot close the task log {}: {}", config.taskLog(), e.toString());
        }
    }

    private static Instant min(Instant a, Instant b) {
        return b == null || a.isBefore(b) ? a : b;
    }

    private static Instant plus(Instant at, Duration d) {
        try {
            return at.plus(d);
        } catch (ArithmeticException | java.time.DateTimeException e) {
            return Instant.MAX;
        }
    }
}
