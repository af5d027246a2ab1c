package dev.kairos.dashboard;

import dev.kairos.SessionListener;
import dev.kairos.log.LogRecord;
import dev.kairos.log.LogTail;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where records come in (the session's listener, the history read at start) and go out (the ring,
 * the open event streams). The listener only offers to a queue, so the session thread never waits;
 * one thread of the feed's own moves records on.
 */
final class Feed implements SessionListener {
    static final int KEEP = 10_000;
    private static final Logger LOG = LoggerFactory.getLogger(Feed.class);
    private static final Object STOP = new Object();

    private final RecordRing ring = new RecordRing(KEEP);
    private final BlockingQueue<Object> inbound = new ArrayBlockingQueue<>(KEEP);
    private final Set<Subscriber> subscribers = new CopyOnWriteArraySet<>();
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong changes = new AtomicLong();
    private final Thread thread = new Thread(this::forward, "kairos-dashboard-feed");
    private volatile boolean closed;
    private Set<String> fromHistory = Set.of();

    /** Reads the history (every record a first poll gives; the ring keeps the latest), then starts forwarding. */
    void start(LogTail history) throws IOException {
        if (history != null) {
            try (history) {
                LogTail.Batch batch = history.poll();
                Set<String> keys = new HashSet<>();
                List<LogRecord> records = batch.records();
                for (LogRecord r : records.subList(Math.max(0, records.size() - KEEP), records.size())) {
                    ring.add(r);
                    keys.add(key(r));
                }
                fromHistory = keys;
                if (!batch.problems().isEmpty()) {
                    LOG.warn("dashboard: {} lines of the task log could not be read, the first: {}",
                            batch.problems().size(), batch.problems().get(0));
                }
            }
        }
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void runStarted(LogRecord record) {
        offer(record);
    }

    @Override
    public void runFinished(LogRecord record) {
        offer(record);
    }

    /** Tells the pages that tasks changed without a record (enabled, disabled). */
    void changed() {
        changes.incrementAndGet();
        if (!closed && !inbound.offer(Subscriber.Event.CHANGED)) {
            dropped.incrementAndGet();
        }
    }

    private void offer(LogRecord record) {
        if (!closed && !inbound.offer(record)) {
            dropped.incrementAndGet();
        }
    }

    RecordRing ring() {
        return ring;
    }

    /** A number that grows whenever a record comes or tasks change: an answer made at one value is stale at another. */
    long changes() {
        return changes.get();
    }

    long dropped() {
        return dropped.get();
    }

    void subscribe(Subscriber s) {
        subscribers.add(s);
    }

    void unsubscribe(Subscriber s) {
        subscribers.remove(s);
    }

    int subscribers() {
        return subscribers.size();
    }

    void close() {
        closed = true;
        inbound.clear();
        inbound.offer(STOP);
        subscribers.forEach(Subscriber::end);
    }

    private void forward() {
        try {
            for (Object next = inbound.take(); next != STOP; next = inbound.take()) {
                if (next instanceof LogRecord r) {
                    // A record written between attaching the listener and reading the history comes twice.
                    if (!fromHistory.isEmpty() && fromHistory.remove(key(r))) {
                        continue;
                    }
                    RecordRing.Entry e = ring.add(r);
                    changes.incrementAndGet();
                    subscribers.forEach(s -> s.record(e));
                } else {
                    subscribers.forEach(Subscriber::changed);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String key(LogRecord r) {
        return r.task() + '\u0000' + r.runId() + '\u0000' + r.action() + '\u0000' + r.created();
    }
}
