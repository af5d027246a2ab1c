package dev.kairos.internal.loop;

import dev.kairos.internal.launch.Pace;
import dev.kairos.internal.launch.Results;
import dev.kairos.log.LogRecord;
import dev.kairos.run.Launcher;
import dev.kairos.task.Execution;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The session loop. Everything here runs on the session thread, which owns the status cache, the
 * task log and the scheduling state, so none of it needs locks; other threads post events.
 *
 * <p>A pass flows one way: the events are taken in (finished runs recorded first, so conditions
 * see them); the due and touched tasks are looked at in priority order, which gives the pass's
 * {@link Decisions}; its records are written; its runs are handed to their launchers and its stops
 * to theirs; its records are taken into the cache; then the loop sleeps until the next instant
 * something is due, or an event.
 */
public final class Loop {
    private static final Logger LOG = LoggerFactory.getLogger("dev.kairos.Session");
    /** The longest sleep: a guard against wall-clock jumps, not a polling interval. */
    private static final Duration MAX_SLEEP = Duration.ofMinutes(1);

    /** Where the session is in its life. */
    public enum State { NEW, RUNNING, STOPPING, STOPPED }

    private final LoopSettings settings;
    private final Clock clock;
    private final Hooks hooks;
    private final Inbox inbox = new Inbox();
    private final StatusCache cache;
    private final Recorder recorder;
    private final Evaluator evaluator;
    private final Pace pace;
    private final TaskIndex tasks = new TaskIndex();
    private final RunBook runs;
    private final Startup startup = new Startup();
    private final Results results = new Results();
    private final Map<String, Object> parameters;
    private final Requests requests;
    private final Lanes lanes;
    private final Decider decider;
    private final Intake intake;
    private final Views views;
    private final Shutdown shutdown;
    /** Made once: a pass hands them on without allocating. */
    private final Consumer<TaskState> touch;
    private final Consumer<String> changed;

    private volatile State state = State.NEW;
    private volatile Thread owner;
    private Instant started;
    private long cycles;
    private volatile Throwable failure;

    /**
     * @param launchers  a launcher for every execution
     * @param parameters the session parameters, read at each evaluation and run (a concurrent map the
     *                   session writes)
     */
    public Loop(LoopSettings settings, Map<Execution, Launcher> launchers, Map<String, Object> parameters,
            Hooks hooks) {
        this.settings = settings;
        this.clock = settings.clock();
        this.hooks = hooks;
        this.parameters = parameters;
        this.cache = new StatusCache(settings.cacheDepth());
        this.recorder = new Recorder(settings.taskLog(), cache, hooks);
        this.evaluator = new Evaluator(settings, cache, parameters);
        this.pace = new Pace(clock);
        this.runs = new RunBook(new RunSupport(clock, pace, inbox::post, hooks, settings.terminationGrace()),
                recorder.runIds());
        this.requests = new Requests(inbox, this);
        this.lanes = new Lanes(launchers);
        this.decider = new Decider(evaluator, runs, lanes, tasks, parameters, results, settings.recheckInterval(),
                recorder);
        this.intake = new Intake(inbox, tasks, runs, lanes, startup, results, recorder,
                why -> beginShutdown(clock.instant(), why));
        this.views = new Views(tasks, lanes, evaluator, clock);
        this.shutdown = new Shutdown(settings, evaluator, tasks, runs);
        this.touch = tasks::touch;
        this.changed = tasks::changed;
    }

    /** What other threads ask of the loop. */
    public Requests requests() {
        return requests;
    }

    /** Where the session is; from any thread. */
    public State state() {
        return state;
    }

    /** The thread that makes the passes now (the session thread, or a test's). */
    Thread owner() {
        return owner;
    }

    /** What stopped the session, a fatal condition error or a failure of the loop itself, or null; any thread. */
    public Throwable failure() {
        return failure;
    }

    /** The read-only view; {@code bound} gives the session's tasks before it starts. */
    public LoopView view(Supplier<Collection<TaskState>> bound) {
        return new LoopView(this, settings, lanes, recorder, views, bound);
    }

    /**
     * Reads the log into the cache, records crashes (a shared log: those of dead sessions, itself),
     * opens the launchers and asks for the startup tasks, on the calling thread, the session thread.
     */
    public void open() throws UnreadableLogException {
        owner = Thread.currentThread();
        Instant now = clock.instant();
        recorder.replay(settings.zone(), runs::noteRunId);
        recorder.commit(recorder.shared() ? List.of() : cache.crashesOfOpenRuns(now), name -> { });
        recorder.open(() -> inbox.post(new Event.LogNews()));
        lanes.open();
        started = now;
        state = State.RUNNING;
        intake.drain();
        startup.begin(tasks);
        LOG.info("session started at {} with {} tasks", now, tasks.active().size());
        hooks.started();
    }

    /** Passes and sleeps until the session stops, on this thread; an interrupt asks for a shutdown. */
    public void run() {
        owner = Thread.currentThread();
        while (state != State.STOPPED) {
            pass();
            try {
                sleep();
            } catch (InterruptedException e) {
                requests.shutdown(); // an interrupted session thread stops gracefully
            }
        }
    }

    /** One pass at the clock's instant. */
    public void pass() {
        if (state == State.STOPPED) {
            return;
        }
        intake.drainForPass(); // first, so that a run which returned just now ended before the pass's instant
        Instant now = clock.instant();
        Decisions d = decide(now);
        settle(now, d, handOver(now, d));
    }

    /**
     * A pass for the instant {@code at}, made now: records written and runs handed over at once, the
     * rest when the clock reads {@code at}.
     */
    void passAt(Instant at) throws InterruptedException {
        intake.drainForPass();
        Decisions d = decide(at);
        Set<LogRecord> refused = handOver(at, d);
        boolean interrupted = pace.awaitInstant(at);
        settle(at, d, refused);
        if (interrupted) {
            throw new InterruptedException();
        }
    }

    /** Looks at the due and touched tasks; nothing leaves the session thread yet (see {@link #sleep}). */
    private Decisions decide(Instant now) {
        cycles++;
        evaluator.pass(started, cycles);
        lanes.wake(touch);
        String why = state == State.RUNNING ? shutdown.conditionHolds(now) : null;
        if (why != null) {
            beginShutdown(now, why);
        }
        Decider.Gate gate = state != State.RUNNING ? Decider.Gate.SHUTDOWN_ONLY
                : startup.done() ? Decider.Gate.ALL : Decider.Gate.ASKED_ONLY;
        Decisions.Builder out = new Decisions.Builder();
        decider.fence(now, out);
        for (TaskState t : tasks.takeDue(now, cycles)) {
            if (t.active || !t.runs.isEmpty()) {
                decider.look(t, now, gate, out);
            }
        }
        return out.freeze();
    }

    /** Writes the pass's records and hands the runs whose records were written to their launchers. */
    private Set<LogRecord> handOver(Instant now, Decisions d) {
        Set<LogRecord> refused = recorder.write(d.records(), now);
        lanes.launch(refused.isEmpty() ? d.launches() : runs.unlaunchRefused(d.launches(), refused, r -> {
            lanes.of(r.execution).release();
            tasks.schedule(r.task, now.plus(settings.recheckInterval()));
        }));
        return refused;
    }

    /** The end of a pass: stops runs, takes the records in, runs what runs here, checks for the end. */
    private void settle(Instant now, Decisions d, Set<LogRecord> refused) {
        lanes.terminate(d.stops());
        recorder.apply(d.records(), refused, changed);
        lanes.atInstant();
        lanes.wake(touch); // a woken task may not have wanted its slot after all
        RuntimeException failed = evaluator.takeFatal();
        if (failed != null && failure == null) {
            failure = failed;
            beginShutdown(now, "a condition failed and condition errors are fatal");
        }
        if (state == State.STOPPING && shutdown.over(now)) {
            stop(now);
        }
    }

    /**
     * Waits until the next instant something is due, or an event; returns at once if work is pending.
     * With a system clock the pass for a due instant is made {@link Pace#AHEAD} of it (see
     * {@link Pace}); events that arrive meanwhile wait for the next pass, as if they came just after.
     */
    public void sleep() throws InterruptedException {
        if (hasWork() || state == State.STOPPED) {
            return;
        }
        Instant wake = nextWake();
        long untilWake = Pace.nanosUntil(clock, wake, MAX_SLEEP);
        if (untilWake <= 0) {
            return;
        }
        // The log's check may cut the sleep short; a pass is made ahead of the wake only when the
        // wake itself ends this sleep, never of a wake still further off.
        long left = Math.min(untilWake, recorder.longestSleep(MAX_SLEEP).toNanos());
        boolean ahead = pace.followsRealTime() && left == untilWake && left < MAX_SLEEP.toNanos();
        long poll = ahead ? left - Pace.AHEAD.toNanos() : left;
        if (poll > 0 && inbox.await(poll)) {
            return;
        }
        if (ahead && inbox.isEmpty()) {
            passAt(wake);
        }
    }

    /** The earliest instant at which the loop has something to do, ignoring events. */
    public Instant nextWake() {
        if (tasks.hasTouched()) {
            return clock.instant();
        }
        Instant wake = tasks.next();
        Instant end = shutdown.wake(state);
        return end.isBefore(wake) ? end : wake;
    }

    /** Whether a pass now would have something to do without the clock moving. */
    public boolean hasWork() {
        return tasks.hasTouched() || !inbox.isEmpty();
    }

    /** The harness's way in: one pass at a time, waiting for runs on their events. */
    public Stepping stepping(Runnable open) {
        return new Stepping(this, settings, inbox, runs, intake, open);
    }

    private void beginShutdown(Instant now, String why) {
        if (state == State.RUNNING) {
            state = State.STOPPING;
            shutdown.begin(now, why);
        }
    }

    private void stop(Instant now) {
        List<RunState> stops = new ArrayList<>();
        recorder.commit(shutdown.terminateLeft(now, stops), changed);
        lanes.terminate(stops);
        lanes.close();
        recorder.close();
        state = State.STOPPED;
        LOG.info("session stopped after {} passes", cycles);
        hooks.stopped();
    }

    /** After an unexpected error of the loop itself: lets the threads and the log go. */
    public void abort(Throwable cause) {
        LOG.error("the session loop failed; {} run(s) left unrecorded: {}", runs.liveCount(), cause.toString(), cause);
        failure = cause;
        state = State.STOPPED;
        lanes.close();
        recorder.close();
    }
}
