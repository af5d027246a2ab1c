package dev.kairos;

import dev.kairos.condition.Condition;
import dev.kairos.condition.ConditionSyntaxException;
import dev.kairos.internal.loop.ExitHook;
import dev.kairos.internal.loop.Loop;
import dev.kairos.internal.loop.LoopSettings;
import dev.kairos.internal.loop.Requests;
import dev.kairos.internal.loop.Steppable;
import dev.kairos.internal.loop.Stepping;
import dev.kairos.internal.loop.TaskState;
import dev.kairos.internal.loop.UnreadableLogException;
import dev.kairos.log.TaskLog;
import dev.kairos.task.TaskDefinition;
import dev.kairos.view.SessionView;
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
 * The {@link Session}: the registry of its tasks (the truth for every thread) and its loop, to which
 * every change is posted.
 */
final class Engine implements Session, Steppable {
    private final SessionConfig config;
    private final Registry registry;
    private final Map<String, Object> parameters = new ConcurrentHashMap<>();
    private final Loop loop;
    private final Requests requests;
    private final SessionView view;
    private final ListenerHooks hooks;
    private final AtomicBoolean startedOnce = new AtomicBoolean();

    Engine(SessionConfig config) {
        this.config = config;
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
        LoopSettings settings = new LoopSettings(config.clock(), config.zone(), config.taskLog(), shutdown,
                config.shutdownWait(), config.recheckInterval(), config.cacheDepth(),
                config.onConditionError() == OnConditionError.FATAL, config.terminationGrace());
        this.hooks = new ListenerHooks(this, config.listeners());
        this.loop = new Loop(settings, config.launchers(), parameters, hooks);
        this.requests = loop.requests();
        this.view = loop.view(registry::states);
    }

    @Override
    public void start() {
        open();
        ExitHook exit = exitHook();
        try {
            loop.run();
        } catch (RuntimeException | Error e) {
            loop.abort(e);
            throw new SessionFailedException("the session loop failed: " + e, e);
        } finally {
            exit.remove();
        }
        failure().ifPresent(f -> {
            throw f;
        });
    }

    @Override
    public SessionHandle startInBackground() {
        open(); // here, so that its errors reach the caller; Thread.start hands the state over
        BackgroundHandle handle = new BackgroundHandle(this, loop, exitHook());
        new Thread(handle::run, "kairos-session").start();
        return handle;
    }

    @Override
    public Stepping stepping() {
        return loop.stepping(this::open);
    }

    /** The JVM waits for the session to stop, as long as its shutdown wait and a termination may take. */
    private ExitHook exitHook() {
        return ExitHook.install(requests, loop, config.shutdownWait().plus(config.terminationGrace())
                .plusSeconds(10));
    }

    /** Checks task names, reads the log and prepares the first pass, on the calling thread. */
    private void open() {
        if (!startedOnce.compareAndSet(false, true)) {
            throw new IllegalStateException("a session runs once; this one was started already");
        }
        registry.checkNamesFromNowOn();
        try {
            loop.open();
        } catch (UnreadableLogException e) {
            throw new SessionFailedException(e.getMessage(), e.getCause());
        }
    }

    /** The fatal error that stopped the session, as the exception {@link #start()} throws. */
    Optional<SessionFailedException> failure() {
        Throwable f = loop.failure();
        return f == null ? Optional.empty() : Optional.of(new SessionFailedException(
                "the session stopped on a fatal error: " + f.getMessage(), f));
    }

    @Override
    public void shutdown() {
        requests.shutdown();
    }

    @Override
    public Optional<String> add(TaskDefinition task) {
        Objects.requireNonNull(task, "task");
        Registry.Added added = registry.add(task, config.onDuplicate());
        if (added.task() == null) {
            return Optional.empty();
        }
        requests.added(added.task(), added.replaced());
        return Optional.of(added.task().definition().name());
    }

    @Override
    public boolean replace(TaskDefinition task) {
        Objects.requireNonNull(task, "task");
        Registry.Added added = registry.add(task, OnDuplicate.REPLACE);
        requests.added(added.task(), added.replaced());
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
            requests.removed(removed);
        }
        return removed != null;
    }

    @Override
    public void setEnabled(String name, boolean enabled) {
        registry.require(name);
        requests.enable(name, enabled);
    }

    @Override
    public void runNow(String name, Map<String, ?> runParameters) {
        registry.require(name);
        Map<String, Object> copy = new LinkedHashMap<>();
        runParameters.forEach((k, v) -> copy.put(Objects.requireNonNull(k, "parameter name"), v));
        requests.runAsked(name, copy);
    }

    @Override
    public void terminate(String name) {
        registry.require(name);
        requests.terminate(name);
    }

    @Override
    public void setParameter(String name, Object value) {
        Objects.requireNonNull(name, "name");
        parameters.put(name, Objects.requireNonNull(value, "value of " + name));
        requests.parameterChanged(name);
    }

    @Override
    public boolean removeParameter(String name) {
        Objects.requireNonNull(name, "name");
        boolean had = parameters.remove(name) != null;
        if (had) {
            requests.parameterChanged(name);
        }
        return had;
    }

    @Override
    public void addListener(SessionListener listener) {
        hooks.add(Objects.requireNonNull(listener, "listener"));
    }

    @Override
    public Set<String> taskNames() {
        return registry.names();
    }

    @Override
    public Optional<TaskDefinition> task(String name) {
        TaskState t = registry.get(name);
        return t == null ? Optional.empty() : Optional.of(t.definition());
    }

    @Override
    public ZoneId zone() {
        return config.zone();
    }

    @Override
    public TaskLog taskLog() {
        return config.taskLog();
    }

    @Override
    public SessionView view() {
        return view;
    }

    @Override
    public String toString() {
        return "Session(" + registry.names().size() + " tasks, " + loop.state() + ")";
    }
}
