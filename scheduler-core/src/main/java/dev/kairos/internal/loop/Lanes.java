package dev.kairos.internal.loop;

import dev.kairos.run.Launcher;
import dev.kairos.task.Execution;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One {@link Lane} per execution. Session thread only, except {@link #inUse}. */
final class Lanes {
    private static final Logger LOG = LoggerFactory.getLogger("dev.kairos.Session");
    private final EnumMap<Execution, Lane> lanes = new EnumMap<>(Execution.class);
    private final Lane[] all; // the same lanes, for the loops of every pass

    /** @param launchers a launcher for every execution */
    Lanes(Map<Execution, Launcher> launchers) {
        for (Execution e : Execution.values()) {
            Launcher l = launchers.get(e);
            if (l == null) {
                throw new IllegalArgumentException("no launcher for " + e);
            }
            lanes.put(e, new Lane(l));
        }
        all = lanes.values().toArray(Lane[]::new);
    }

    Lane of(Execution execution) {
        return lanes.get(execution);
    }

    int inUse(Execution execution) {
        return lanes.get(execution).inUse();
    }

    /** The session starts: each launcher makes its threads. */
    void open() {
        lanes.values().forEach(l -> l.launcher().open());
    }

    /** Hands the pass's runs to their launchers; a launcher that throws fails that run. */
    void launch(Iterable<RunState> runs) {
        for (RunState r : runs) {
            try {
                lanes.get(r.execution).launcher().launch(r);
            } catch (RuntimeException | LinkageError e) {
                LOG.error("the launcher of {} ({}) failed: {}", r, lanes.get(r.execution), e.toString(), e);
                r.failToLaunch(e);
            }
        }
    }

    void terminate(Iterable<RunState> runs) {
        for (RunState r : runs) {
            try {
                lanes.get(r.execution).launcher().terminate(r);
            } catch (RuntimeException | LinkageError e) {
                LOG.error("the launcher of {} could not terminate it: {}", r, e.toString(), e);
            }
        }
    }

    /** The pass's instant has come: launchers that run bodies on the session thread run them now. */
    void atInstant() {
        for (Lane l : all) {
            l.launcher().atInstant();
        }
    }

    /** Touches waiting tasks of every execution with free slots. */
    void wake(Consumer<TaskState> touch) {
        for (Lane l : all) {
            l.wake(touch);
        }
    }

    void close() {
        for (Lane l : lanes.values()) {
            try {
                l.launcher().close();
            } catch (RuntimeException | LinkageError e) {
                LOG.warn("cannot close the launcher {}: {}", l, e.toString(), e);
            }
        }
    }
}
