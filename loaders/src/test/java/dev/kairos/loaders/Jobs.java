package dev.kairos.loaders;

/** Methods on the test class path that task files refer to with {@code class=} and {@code method=}. */
public final class Jobs {
    /** Records its parameters. */
    public void count(int times, String what) {
        Probe.call(what + " x" + times);
    }
}
