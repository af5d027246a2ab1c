package dev.kairos.internal.loop;

import dev.kairos.condition.Explanation;
import dev.kairos.task.Execution;
import dev.kairos.view.SessionView;
import dev.kairos.view.TaskView;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The session's {@link SessionView}: counters read as they are, questions about tasks answered by
 * the session thread ({@link Requests#answer}); before the session starts, its tasks as bound.
 */
public final class LoopView implements SessionView {
    private final Loop loop;
    private final LoopSettings settings;
    private final Lanes lanes;
    private final Recorder recorder;
    private final Views views;
    private final Supplier<Collection<TaskState>> bound;

    LoopView(Loop loop, LoopSettings settings, Lanes lanes, Recorder recorder, Views views,
            Supplier<Collection<TaskState>> bound) {
        this.loop = loop;
        this.settings = settings;
        this.lanes = lanes;
        this.recorder = recorder;
        this.views = views;
        this.bound = bound;
    }

    @Override
    public State state() {
        return switch (loop.state()) {
            case NEW -> State.NEW;
            case RUNNING -> State.RUNNING;
            case STOPPING -> State.STOPPING;
            case STOPPED -> State.STOPPED;
        };
    }

    @Override
    public Optional<Throwable> failure() {
        return Optional.ofNullable(loop.failure());
    }

    @Override
    public boolean taskLogFailing() {
        return recorder.failing();
    }

    @Override
    public ZoneId zone() {
        return settings.zone();
    }

    @Override
    public Instant now() {
        return settings.clock().instant();
    }

    @Override
    public List<TaskView> tasks() {
        if (loop.state() == Loop.State.NEW) {
            return bound.get().stream().sorted(Comparator.comparing(t -> t.name)).map(Views::unstarted).toList();
        }
        return loop.requests().answer(() -> views.tasks());
    }

    @Override
    public Optional<TaskView> task(String name) {
        if (loop.state() == Loop.State.NEW) {
            return bound.get().stream().filter(t -> t.name.equals(name)).findFirst().map(Views::unstarted);
        }
        return loop.requests().answer(() -> views.task(name));
    }

    @Override
    public Optional<Explanation> explain(String task) {
        return loop.state() == Loop.State.NEW ? Optional.empty() : loop.requests().answer(() -> views.explain(task));
    }

    @Override
    public List<Instant> nextStarts(String task, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be 1 or more, was " + count);
        }
        return loop.state() == Loop.State.NEW ? List.of()
                : loop.requests().answer(() -> views.nextStarts(task, count));
    }

    @Override
    public int enabledTasks() {
        int n = 0;
        for (TaskState t : bound.get()) {
            n += t.disabled ? 0 : 1;
        }
        return n;
    }

    @Override
    public int runsInProgress(Execution execution) {
        return lanes.inUse(execution);
    }

    @Override
    public int capacity(Execution execution) {
        return lanes.of(execution).capacity();
    }
}
