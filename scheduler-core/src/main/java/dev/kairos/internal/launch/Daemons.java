package dev.kairos.internal.launch;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** Daemon threads named with a prefix and a number, so a stuck body never keeps the JVM alive. */
public final class Daemons {
    private Daemons() {
    }

    /** A factory of daemon threads named {@code prefix1}, {@code prefix2}, … */
    public static ThreadFactory named(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
