package dev.kairos.dashboard;

import dev.kairos.log.SharedTaskLog;
import dev.kairos.log.TaskLog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which node started each run, for a task log that several sessions share (the timeline shows it);
 * nothing for any other log. A run's node never changes, so answers are kept (the latest 10,000 runs
 * asked) and the store is read only for runs not asked before. Thread-safe.
 */
final class Nodes {
    /** The most run ids one question may hold. */
    static final int MAX_RUNS = 500;
    private static final int KEPT = 10_000;
    private final SharedTaskLog log;
    private final Map<String, String> known = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > KEPT;
        }
    };

    Nodes(TaskLog log) {
        this.log = log instanceof SharedTaskLog shared ? shared : null;
    }

    /** Whether the log is shared, so that runs have nodes. */
    boolean shared() {
        return log != null;
    }

    /**
     * The node of each run the log knows among {@code runIds}.
     *
     * @throws IllegalArgumentException if more than {@link #MAX_RUNS} are asked
     * @throws UncheckedIOException     if the log cannot be read now
     */
    Map<String, String> of(List<String> runIds) {
        if (runIds.size() > MAX_RUNS) {
            throw new IllegalArgumentException(runIds.size() + " run ids asked; accepted: up to " + MAX_RUNS
                    + ", comma-separated");
        }
        Map<String, String> out = new LinkedHashMap<>();
        if (log == null) {
            return out;
        }
        List<String> unknown = new ArrayList<>();
        synchronized (known) {
            for (String id : runIds) {
                String node = known.get(id);
                if (node != null) {
                    out.put(id, node);
                } else {
                    unknown.add(id);
                }
            }
        }
        if (!unknown.isEmpty()) {
            Map<String, String> read;
            try {
                read = log.nodes(unknown);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            synchronized (known) {
                known.putAll(read);
            }
            out.putAll(read);
        }
        return out;
    }
}
