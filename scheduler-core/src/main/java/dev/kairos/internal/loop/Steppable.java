package dev.kairos.internal.loop;

/** A session that the test harness can drive one pass at a time. */
public interface Steppable {

    /** The way to open and drive the session on the calling thread, without a session thread. */
    Stepping stepping();
}
