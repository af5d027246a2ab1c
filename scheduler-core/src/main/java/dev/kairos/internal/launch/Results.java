package dev.kairos.internal.launch;

import java.util.concurrent.ConcurrentHashMap;

/** The latest result of each task in this session, for {@code Return}. Thread-safe. */
public final class Results {
    private static final Object NULL = new Object();
    private final ConcurrentHashMap<String, Object> latest = new ConcurrentHashMap<>();

    public void put(String task, Object result) {
        latest.put(task, result == null ? NULL : result);
    }

    public Object latest(String task) {
        Object r = latest.get(task);
        return r == NULL ? null : r;
    }
}
