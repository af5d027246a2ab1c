package dev.kairos;

import dev.kairos.internal.child.ProcessLauncher;
import dev.kairos.internal.launch.MainLauncher;
import dev.kairos.internal.launch.ThreadLauncher;
import dev.kairos.run.Launcher;
import dev.kairos.task.Execution;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The launchers a session builder was given, and which built-in launchers its setters configured,
 * so that giving both for one execution is refused at the second setter.
 */
final class Launchers {
    private final Map<Execution, Launcher> given = new EnumMap<>(Execution.class);
    private final Map<Execution, String> configured = new EnumMap<>(Execution.class);

    /** {@code SessionBuilder.launcher}. */
    void replace(Execution execution, Launcher launcher) {
        Objects.requireNonNull(execution, "execution");
        Objects.requireNonNull(launcher, "launcher");
        if (configured.containsKey(execution)) {
            throw new IllegalArgumentException("launcher(" + execution + ", …) replaces the built-in launcher that "
                    + configured.get(execution) + "() configured; give one or the other");
        }
        if (given.containsKey(execution)) {
            throw new IllegalArgumentException("a launcher for " + execution + " was set already: "
                    + given.get(execution));
        }
        if (launcher.capacity() < 1) {
            throw new IllegalArgumentException("a launcher's capacity must be 1 or more, was " + launcher.capacity()
                    + " (" + launcher + ")");
        }
        given.put(execution, launcher);
    }

    /** A setter of the built-in launcher of {@code execution} was called. */
    void configured(Execution execution, String setter) {
        if (given.containsKey(execution)) {
            throw new IllegalArgumentException(setter + "() configures the built-in launcher of " + execution
                    + ", but launcher(" + execution + ", " + given.get(execution) + ") replaced it");
        }
        configured.put(execution, setter);
    }

    /** A launcher for every execution: the given ones, and built-in ones for the rest. */
    Map<Execution, Launcher> effective(int threads, int processes, List<String> jvmOptions, Duration grace,
            Duration shutdownWait) {
        Map<Execution, Launcher> all = new EnumMap<>(given);
        all.putIfAbsent(Execution.MAIN, new MainLauncher());
        all.putIfAbsent(Execution.THREAD, new ThreadLauncher(threads));
        all.putIfAbsent(Execution.PROCESS, new ProcessLauncher(processes, jvmOptions, grace, shutdownWait));
        return all;
    }
}
