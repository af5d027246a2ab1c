package dev.kairos.internal.launch;

import dev.kairos.run.LaunchedRun;
import dev.kairos.run.Launcher;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code Execution.MAIN}: runs execute on the session thread when the pass's instant has come, one
 * after the other; nothing else happens meanwhile.
 */
public final class MainLauncher implements Launcher {
    private final List<LaunchedRun> pending = new ArrayList<>();

    @Override
    public int capacity() {
        return UNLIMITED;
    }

    @Override
    public void launch(LaunchedRun run) {
        pending.add(run);
    }

    @Override
    public void atInstant() {
        if (pending.isEmpty()) {
            return;
        }
        List<LaunchedRun> now = new ArrayList<>(pending);
        pending.clear();
        now.forEach(LaunchedRun::execute);
    }

    @Override
    public String toString() {
        return "the session thread";
    }
}
