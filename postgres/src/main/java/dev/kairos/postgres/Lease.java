package dev.kairos.postgres;

import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * This session's standing in the log: its node id, when its heartbeat was last renewed (on this
 * JVM's monotonic clock, taken before the renewal was sent, so never later than the database's
 * own record of it), and whether the database declared it dead. Thread-safe.
 */
final class Lease {
    private final long fenceAfter;
    private final long deadAfter;
    private volatile long node;
    /** Every node id this session has had, the current one last. */
    private volatile Long[] ids = {};
    private volatile long renewedAt;
    /** Since when renewals have succeeded without a failure between, or {@link Long#MAX_VALUE}. */
    private volatile long renewingSince = Long.MAX_VALUE;
    private final AtomicBoolean declaredDead = new AtomicBoolean();

    Lease(Duration fenceAfter, Duration deadAfter) {
        this.fenceAfter = fenceAfter.toNanos();
        this.deadAfter = deadAfter.toNanos();
    }

    long node() {
        return node;
    }

    /** Every node id this session has had: the rows it wrote are those of these nodes. */
    Long[] ids() {
        return ids;
    }

    /** Whether {@code id} (as text) is one of this session's node ids. */
    boolean mine(String id) {
        for (Long own : ids) {
            if (own.toString().equals(id)) {
                return true;
            }
        }
        return false;
    }

    /** The session is (again) the node of that id; its heartbeat was renewed at {@code sentAt}. */
    void registered(long id, long sentAt) {
        Long[] more = Arrays.copyOf(ids, ids.length + 1);
        more[ids.length] = id;
        ids = more; // before the id is used: a row of this node is never taken for another's
        node = id;
        renewed(sentAt);
    }

    void renewed(long sentAt) {
        if (renewingSince == Long.MAX_VALUE) {
            renewingSince = sentAt;
        }
        renewedAt = Math.max(renewedAt, sentAt);
    }

    void failed() {
        renewingSince = Long.MAX_VALUE;
    }

    /** The database had marked this session dead (its runs were recorded crash by another). */
    void declaredDead() {
        declaredDead.set(true);
    }

    /** Whether the session may claim runs and keep its runs going: renewed recently enough. */
    boolean valid() {
        return node != 0 && System.nanoTime() - renewedAt < fenceAfter;
    }

    /**
     * Whether the session must terminate its runs now: its lease ran out, or it was declared dead
     * (told once).
     */
    boolean fenced() {
        return node != 0 && (!valid() | declaredDead.getAndSet(false));
    }

    /**
     * Whether this session may declare others dead: its own renewals have gone through for as long
     * as it takes to declare a node dead, so a database that was away for everyone does not make
     * the first node back declare the others dead before they could renew.
     */
    boolean mayReap() {
        long since = renewingSince;
        return since != Long.MAX_VALUE && System.nanoTime() - since >= deadAfter;
    }
}
