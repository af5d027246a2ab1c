package dev.kairos.postgres;

import dev.kairos.condition.Action;
import dev.kairos.log.LogProblem;
import dev.kairos.log.LogRecord;
import dev.kairos.log.LogTail;
import dev.kairos.log.SharedTaskLog;
import dev.kairos.postgres.Rows.Row;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The task log in a PostgreSQL database that several sessions, in several JVMs, share: together they
 * behave as one scheduler. {@code Session.builder().taskLog(PostgresTaskLog.builder(dataSource)
 * .migrate(true).build())}.
 *
 * <p>What it guarantees (see {@link SharedTaskLog} for how a session relies on it):
 * <ul>
 *   <li><b>One start per occurrence.</b> A run record is inserted with a claim: the run id of the
 *       task's latest run this session has seen ({@code ''} for none). A unique index over (task,
 *       claim) lets one run follow each run, so of two sessions that decide on the same view one
 *       loses, and a session that has not seen the latest run loses. This holds whatever made the
 *       session decide (any condition, {@code runNow}, a {@code multilaunch} task): every start of
 *       a task follows the previous one.</li>
 *   <li><b>One outcome per run</b>: a unique index over the run id of finish records.</li>
 *   <li><b>Dead sessions.</b> Each session renews a heartbeat on the database's clock every
 *       {@link PostgresTaskLogBuilder#heartbeat heartbeat}; a session whose heartbeat is older
 *       than {@link PostgresTaskLogBuilder#deadAfter deadAfter} is marked dead by another, which
 *       records {@code crash} for its open runs in the same transaction. A session that has not renewed for half of
 *       {@code deadAfter} is fenced: it terminates its runs and starts none, well before anyone
 *       may declare it dead; its claims are refused by the database once it is.</li>
 *   <li><b>A gap-free view.</b> Others' records are read in (transaction id, seq) order up to the
 *       oldest running transaction, so a row that commits late is not skipped; a notification wakes
 *       the readers, and they read every {@code poll} interval anyway.</li>
 *   <li><b>The database away.</b> No run starts; finishes are kept in memory and written, in order,
 *       once it is back; the session logs it and recovers by itself. An outage longer than half of
 *       {@code deadAfter} fences the session (it cannot tell an outage from being cut off).</li>
 * </ul>
 *
 * <p>Not guaranteed: the order of records of different tasks across sessions beyond what each
 * session saw when it wrote (each record's {@code created} is its session's clock); a long-running
 * transaction anywhere in the database delays what the others see until it ends. Timestamps are
 * kept to the microsecond.
 */
public final class PostgresTaskLog implements SharedTaskLog {
    private static final Logger LOG = LoggerFactory.getLogger("dev.kairos.postgres");
    private static final int RUN_ID_BLOCK = 100;

    private final DataSource source;
    private final String name;
    private final Duration heartbeat;
    private final Duration deadAfter;
    private final Duration poll;
    private final boolean migrate;
    private final int timeoutMillis;

    private final Lease lease;
    /** Others' records from the reader, and the crashes this session recorded for dead sessions. */
    private final Queue<LogRecord> others = new ConcurrentLinkedQueue<>();
    private final Cursor cursor;
    /** Task to the run id of its latest run this session was told of; session thread only. */
    private final Map<String, String> latest = new HashMap<>();
    private final Writer writer;
    private final AtomicBoolean news = new AtomicBoolean();
    private Heartbeat beat;
    private Thread beatThread;
    private Thread listenerThread;
    private long nextRunId;
    private long lastRunId = -1;
    private volatile boolean closed;

    PostgresTaskLog(PostgresTaskLogBuilder b) {
        this.source = b.source;
        this.name = b.node;
        this.heartbeat = b.heartbeat;
        this.deadAfter = b.deadAfter;
        this.poll = b.poll;
        this.migrate = b.migrate;
        this.timeoutMillis = (int) Math.max(1_000, deadAfter.toMillis() / 4);
        this.lease = new Lease(deadAfter.dividedBy(2), deadAfter);
        this.cursor = new Cursor(lease::ids);
        this.writer = new Writer(new Link(source, timeoutMillis, true), lease);
    }

    /** A log over {@code dataSource} with the defaults ({@link PostgresTaskLogBuilder}); the schema must exist. */
    public static PostgresTaskLog of(DataSource dataSource) {
        return builder(dataSource).build();
    }

    /** A builder for a log over {@code dataSource}, whose connections the log opens and holds (three). */
    public static PostgresTaskLogBuilder builder(DataSource dataSource) {
        return new PostgresTaskLogBuilder(dataSource);
    }

    /** The SQL of every schema version, in order, for teams that apply migrations themselves. */
    public static String schema() {
        return Schema.sql();
    }

    /** The newest schema version this code knows. */
    public static int schemaVersion() {
        return Schema.LATEST;
    }

    /**
     * Checks the schema (applying it first if the builder allowed it), then reads every settled
     * record in log order. Never reports a problem: a row cannot be half-written.
     */
    @Override
    public List<LogProblem> replay(ZoneId zone, Consumer<LogRecord> sink) throws IOException {
        try (Link link = new Link(source, timeoutMillis)) {
            Connection c = link.get();
            Schema.check(c, migrate);
            int n = 0;
            for (Cursor.Chunk chunk = cursor.next(c, 10_000); ; chunk = cursor.next(c, 10_000)) {
                for (Row r : chunk.rows()) {
                    told(r.record());
                    sink.accept(r.record());
                    n++;
                }
                if (!chunk.full()) {
                    break;
                }
            }
            LOG.info("task log {}: {} record(s) read", this, n);
            return List.of();
        } catch (SQLException e) {
            throw new IOException(Failures.describe(e), e);
        }
    }

    @Override
    public void open(Runnable wake) throws IOException {
        Runnable once = () -> {
            if (!news.getAndSet(true)) {
                wake.run();
            }
        };
        Link link = new Link(source, timeoutMillis);
        beat = new Heartbeat(link, lease, writer, name, heartbeat, deadAfter, once, others);
        try {
            beat.register();
        } catch (SQLException e) {
            link.close();
            throw new IOException("cannot register this session in the task log: " + Failures.describe(e), e);
        }
        beatThread = daemon(beat, "kairos-log-heartbeat");
        Listener listener = new Listener(new Link(source, timeoutMillis, true), cursor, others, once,
                (int) poll.toMillis(), lease::mine);
        listenerThread = daemon(listener, "kairos-log-reader");
        LOG.info("task log {}: this session is node {} ('{}'); heartbeat every {}, dead after {}", this,
                lease.node(), name, heartbeat, deadAfter);
    }

    @Override
    public List<LogRecord> poll() {
        news.set(false);
        List<LogRecord> out = new ArrayList<>();
        for (LogRecord r; (r = others.poll()) != null; ) {
            told(r);
            out.add(r);
        }
        return out;
    }

    @Override
    public String nextRunId() {
        if (nextRunId > lastRunId) {
            long last = writer.runIdBlock();
            if (last < 0) {
                return null;
            }
            lastRunId = last;
            nextRunId = last - RUN_ID_BLOCK + 1;
        }
        return Long.toString(nextRunId++);
    }

    @Override
    public Set<LogRecord> write(List<LogRecord> records) {
        if (closed) {
            throw new IllegalStateException("the task log " + this + " is closed");
        }
        Set<LogRecord> refused = writer.write(records, latest);
        for (LogRecord r : records) {
            if (r.action() == Action.RUN && !refused.contains(r)) {
                latest.put(r.task(), r.runId());
            }
        }
        return refused;
    }

    @Override
    public boolean fenced() {
        return lease.fenced();
    }

    /**
     * A tail of the log from its start, as {@code kairos tail --db} shows it: every settled record,
     * each once, in log order, with its own connection.
     */
    @Override
    public LogTail follow(ZoneId zone) {
        return new TableTail(new Link(source, timeoutMillis));
    }

    /** The node names of the runs' {@code run} records, read with a connection of its own. */
    @Override
    public Map<String, String> nodes(Collection<String> runIds) throws IOException {
        Map<String, String> out = new HashMap<>();
        if (runIds.isEmpty()) {
            return out;
        }
        try (Link link = new Link(source, timeoutMillis); PreparedStatement q = link.get().prepareStatement(
                "select l.run_id, n.name from kairos_log l join kairos_node n on n.id = l.node"
                        + " where l.action = 'run' and l.run_id = any (?)")) {
            q.setArray(1, q.getConnection().createArrayOf("text", runIds.toArray()));
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getString(2));
                }
            }
            q.getConnection().rollback();
        } catch (SQLException e) {
            throw new IOException("cannot read the nodes of the runs: " + Failures.describe(e), e);
        }
        return out;
    }

    /** Stops the heartbeat and the reader, writes what was kept if it can, and leaves: this node is marked gone. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (listenerThread != null) {
            listenerThread.interrupt();
            writer.nudge(); // it may be waiting for a notification, which an interrupt does not end
        }
        stop(listenerThread);
        stop(beatThread);
        writer.flush();
        writer.close();
        if (beat != null) {
            beat.leave();
        }
    }

    @Override
    public String toString() {
        return "postgres(" + name + ")";
    }

    private void told(LogRecord r) {
        if (r.action() == Action.RUN && r.runId() != null) {
            latest.put(r.task(), r.runId());
        }
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static void stop(Thread t) {
        if (t != null) {
            t.interrupt();
            try {
                t.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
