package dev.kairos.loaders;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/** On the test class path, so that compiled task files can report what ran. */
public final class Probe {
    private static final List<String> CALLS = Collections.synchronizedList(new ArrayList<>());
    private static volatile CountDownLatch gate = new CountDownLatch(0);

    private Probe() {
    }

    /** Records a call. */
    public static void call(String what) {
        CALLS.add(what);
    }

    /** Blocks until {@link #open()}. */
    public static void await() throws InterruptedException {
        gate.await();
    }

    static void close() {
        gate = new CountDownLatch(1);
    }

    static void open() {
        gate.countDown();
    }

    static List<String> calls() {
        synchronized (CALLS) {
            return List.copyOf(CALLS);
        }
    }

    static void reset() {
        CALLS.clear();
        gate = new CountDownLatch(0);
    }
}
