package dev.kairos.run;

import dev.kairos.OnDuplicate;
import dev.kairos.Session;
import dev.kairos.SessionConfig;
import dev.kairos.SessionFailedException;
import dev.kairos.SessionHandle;
import dev.kairos.condition.Condition;
import dev.kairos.condition.ConditionSyntaxException;
import dev.kairos.task.TaskDefinition;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The implementation of {@link Session}. Not API: build sessions with {@code Session.builder()}; the
 * public methods beyond {@link Session}'s are for {@code dev.kairos.testing} only.
 */
public final class Engine implements Session {
    private final SessionConfig config;
    private final Registry registry;
    private final Map<String, Object> parameters = new ConcurrentHashMap<>();
    private final Loop loop;
    private final AtomicBoolean startedOnce = new AtomicBoolean();

    /** A session with this configuration and no tasks yet. */
    public Engine(SessionConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        this.registry = new Registry(config);
        parameters.putAll(config.parameters());
        Condition shutdown = null;
        if (config.shutdownCondition() != null) {
            try {
                shutdown = config.parser().parse(config.shutdownCondition());
            } catch (ConditionSyntaxException e) {
                throw new IllegalArgumentException("shutdown condition: " + e.getMessage(), e);
            }
        }
        this.loop = new Loop(config, this, parameters, new Results(), shutdown);
    }

    @Override
    public void start() {
        open();
        try {
            passUntilStopped();
        } catch (RuntimeException | Error e) {
            loop.abort(e);
            throw new SessionFailedException("the session loop failed: " + e, e);
        }
        if (loop.fatal() != null) {
            throw new SessionFailedException("the session stopped on a fatal error: " + loop.fatal().getMessage(),
                    loop.fatal());
        }
    }

    @Override
    public SessionHandle startInBackground() {
        open(); // here, so that its errors reach the caller; Thread.start hands the state over
        BackgroundHandle handle = new BackgroundHandle(this);
        new Thread(handle::run, "kairos-session").start();
        return handle;
    }

    @Override
    public void shutdown() {
        loop.post(new Event.ShutdownAsked());
    }

    @Override
    public Optional<String> add(TaskDefinition task) {
        Objects.requireNonNull(task, "task");
        Registry.Added added = registry.add(task, config.onDuplicate());
        if (added.task() == null) {
            return Optional.empty();
        }
        loop.post(new Event.Added(added.task(), added.replaced()));
        return Optional.of(added.task().name);
    }

    @Override
    public boolean replace(TaskDefinition task) {
        Objects.requireNonNull(task, "task");
        Registry.Added added = registry.add(task, OnDuplicate.REPLACE);
        loop.post(new Event.Added(added.task(), added.replaced()));
        return added.replaced() != null;
    }

    @Override
    public List<String> addAll(Object target) {
        List<String> names = new ArrayList<>();
        for (TaskDefinition d : TaskDefinition.fromAnnotations(target)) {
            add(d).ifPresent(names::add);
        }
        return names;
    }

    @Override
    public boolean remove(String name) {
        TaskState removed = registry.remove(name);
        if (removed != null) {
            loop.post(new Event.Removed(removed));
        }
        return removed != null;
    }

    @Override
    public void setEnabled(String name, boolean enabled) {
        TaskState t = registry.require(name);
        t.disabled = !enabled;
        loop.post(new Event.Touched(t));
    }

    @Override
    public void runNow(String name, Map<String, ?> runParameters) {
        TaskState t = registry.require(name);
        Map<String, Object> copy = new LinkedHashMap<>();
        runParameters.forEach((k, v) -> copy.put(Objects.requireNonNull(k, "parameter name"), v));
        t.requests.add(copy);
        loop.post(new Event.Touched(t));
    }

    @Override
    public void setParameter(String name, Object value) {
        Objects.requireNonNull(name, "name");
        parameters.put(name, Objects.requireNonNull(value, "value of " + name));
        loop.post(new Event.ParametersChanged(name));
    }

    @Override
    public boolean removeParameter(String name) {
        Objects.requireNonNull(name, "name");
        boolean had = parameters.remove(name) != null;
        if (had) {
            loop.post(new Event.ParametersChanged(name));
        }
        return had;
    }

    @Override
    public Set<String> taskNames() {
        return registry.names();
    }

    @Override
    public Optional<TaskDefinition> task(String name) {
        TaskState t = registry.get(name);
        return t == null ? Optional.empty() : Optional.of(t.definition);
    }

    @Override
    public ZoneId zone() {
        return config.zone();
    }

    /** The configuration. */
    public SessionConfig config() {
        return config;
    }

    /**
     * Checks task names, reads the log and prepares the first pass, on the calling thread, which
     * becomes the session thread. For the harness; {@link #start()} calls it.
     */
    public void open() {
        if (!startedOnce.compareAndSet(false, true)) {
            throw new IllegalStateException("a session runs once; this one was started already");
        }
        registry.checkNamesFromNowOn();
        loop.open();
    }

    /** Passes and sleeps until the session stops, on the session thread; an interrupt asks for a shutdown. */
    void passUntilStopped() {
        while (loop.state() != Loop.State.STOPPED) {
            loop.pass();
            try {
                loop.sleep();
            } catch (InterruptedException e) {
                shutdown(); // an interrupted session thread stops gracefully
            }
        }
    }

    /** Makes one pass at the clock's instant. For the harness. */
    public void step() {
        loop.pass();
    }

    /** Whether a pass now has something to do (events, touched tasks). For the harness. */
    public boolean hasWork() {
        return loop.hasWork();
    }

    /** The earliest instant at which a task is due, ignoring events. For the harness. */
    public Instant nextWake() {
        return loop.nextWake();
    }

    /** Whether the session has stopped. */
    public boolean isStopped() {
        return loop.state() == Loop.State.STOPPED;
    }

    /**
     * Waits, at most {@code limit} of real time, for the live runs (and, if asked, the terminated runs
     * whose bodies still go on) to return, and records them.
     *
     * @throws IllegalStateException naming the runs still going after the limit
     */
    public void awaitRuns(Duration limit, boolean terminatedToo) throws InterruptedException {
        if (!loop.awaitRuns(limit, terminatedToo)) {
            throw new IllegalStateException("runs still going after " + limit + ": " + loop.unreturnedRuns());
        }
    }

    /** The fatal error that stopped the session, if any. */
    public Optional<RuntimeException> fatal() {
        return Optional.ofNullable(loop.fatal());
    }

    Loop loop() {
        return loop;
    }
}
