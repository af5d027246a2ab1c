package dev.kairos.dashboard;

import dev.kairos.SessionListener;
import dev.kairos.log.LogRecord;
import dev.kairos.log.LogTail;
import java.io.IOException;
import java.time.Duration;
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
 * each task's runs, the open event streams). The listener only offers to a queue, so the session
 * thread never waits; one thread of the feed's own moves records on.
 */
final class Feed implements SessionListener {
    static final int KEEP = 10_000;
    private static final Logger LOG = LoggerFactory.getLogger(Feed.class);
    private static final Object STOP = new Object();

    private final RecordRing ring = new RecordRing(KEEP);
    private final RunHistory runs = new RunHistory();
    private final BlockingQueue<Object> inbound = new ArrayBlockingQueue<>(KEEP);
    private final Set<Subscriber> subscribers = new CopyOnWriteArraySet<>();
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong changes = new AtomicLong();
    private final Thread thread = new Thread(this::forward, "kairos-dashboard-feed");
    private volatile boolean closed;
    private Set<String> fromHistory = Set.of();
    private Thread follower;

    /** Reads the history (every record a first poll gives; the ring keeps the latest), then starts forwarding. */
    void start(LogTail history) throws IOException {
        if (history != null) {
            try (history) {
                Set<String> keys = new HashSet<>();
                take(history.poll(), keys);
                fromHistory = keys;
            }
        }
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Reads a log alone: its records so far as the history, then a thread of its own polls it every
     * {@code every} and hands on what was appended (waiting for room: no session to keep from waiting).
     */
    void follow(LogTail tail, Duration every) throws IOException {
        LogTail.Batch first = tail.poll();
        take(first, null);
        follower = new Thread(() -> {
            try (tail) {
                while (!closed) {
                    Thread.sleep(every.toMillis());
                    LogTail.Batch batch = tail.poll();
                    for (LogRecord r : batch.records()) {
                        inbound.put(r);
                    }
                    batch.problems().forEach(p -> LOG.warn("dashboard: the task log: {}", p));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // closed
            } catch (IOException | RuntimeException e) {
                LOG.warn("dashboard: the task log cannot be followed any more: {}", e.toString());
            }
        }, "kairos-dashboard-follow");
        follower.setDaemon(true);
        thread.setDaemon(true);
        thread.start();
        follower.start();
    }

    /** The records of a first poll: every one into the runs, the latest into the ring (their keys into {@code keys}). */
    private void take(LogTail.Batch batch, Set<String> keys) {
        List<LogRecord> records = batch.records();
        records.forEach(runs::add);
        for (LogRecord r : records.subList(Math.max(0, records.size() - KEEP), records.size())) {
            ring.add(r);
            if (keys != null) {
                keys.add(key(r));
            }
        }
        if (!batch.problems().isEmpty()) {
            LOG.warn("dashboard: {} lines of the task log could not be read, the first: {}",
                    batch.problems().size(), batch.problems().get(0));
        }
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

    RunHistory runs() {
        return runs;
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
        if (follower != null) {
            follower.interrupt();
        }
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
                    runs.add(r);
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
