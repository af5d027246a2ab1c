package dev.kairos.internal.launch;

import dev.kairos.param.ParameterSupplier;
import dev.kairos.param.Return;
import java.util.Map;

/**
 * The parameters one run sees: its own, then its task's, then the session's. Values are resolved
 * when asked for: a {@link ParameterSupplier} is called, a {@link Return} gives the task's latest
 * result.
 */
public final class Parameters {
    private final Map<String, Object> run;
    private final Map<String, Object> task;
    private final Map<String, Object> session;
    private final Results results;

    public Parameters(Map<String, Object> run, Map<String, Object> task, Map<String, Object> session, Results results) {
        this.run = run;
        this.task = task;
        this.session = session;
        this.results = results;
    }

    public boolean has(String name) {
        return run.containsKey(name) || task.containsKey(name) || session.containsKey(name);
    }

    /** The resolved value, or null if no level has it. */
    public Object get(String name) {
        Object raw = run.containsKey(name) ? run.get(name) : task.containsKey(name) ? task.get(name)
                : session.get(name);
        return resolve(name, raw);
    }

    private Object resolve(String name, Object raw) {
        if (raw instanceof Return r) {
            return results.latest(r.task());
        }
        if (raw instanceof ParameterSupplier<?> s) {
            try {
                return s.get();
            } catch (Exception e) {
                throw new IllegalStateException("the supplier of parameter '" + name + "' failed: " + e, e);
            }
        }
        return raw;
    }
}
