package dev.kairos.postgres;

import dev.kairos.condition.Action;
import dev.kairos.log.LogRecord;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes this session's records, each batch in one statement (a transaction of its own) that also
 * renews the heartbeat: run records only as claims the database makes unique, finishes only as the
 * run's one outcome. Finishes that cannot be written are kept, in order, and written before
 * anything else once the database is back. Its link commits each statement by itself. Thread-safe
 * (the session thread writes; the heartbeat thread flushes).
 */
final class Writer {
    private static final Logger LOG = LoggerFactory.getLogger("dev.kairos.postgres");
    /**
     * Renews the heartbeat and inserts the records in one statement: run records only while the
     * node is alive (not declared dead) and the lease holds. Returns a row per record written, and
     * one of nulls if the node is alive.
     */
    private static final String WRITE = "with alive as (update kairos_node set heartbeat = now() where id = ? and "
            + "not dead returning id), written as (insert into kairos_log (node, created, task, action, run_id, "
            + "start_at, end_at, runtime_ns, message, exception, claim) select ?, " + instant("r.created") + ", "
            + "r.task, r.action, r.run_id, " + instant("r.start_at") + ", " + instant("r.end_at") + ", r.runtime_ns, "
            + "r.message, r.exception, r.claim from unnest(?::bigint[], ?::text[], ?::text[], ?::text[], ?::bigint[], "
            + "?::bigint[], ?::bigint[], ?::text[], ?::text[], ?::text[]) with ordinality as r(created, task, action, "
            + "run_id, start_at, end_at, runtime_ns, message, exception, claim, ord) where r.action <> 'run' or "
            + "(?::boolean and exists (select 1 from alive)) order by r.ord on conflict do nothing returning run_id, "
            + "action) select run_id, action from written union all select null, null from alive";
    /**
     * Wakes the sessions' readers, in a transaction of its own that does not wait for the disk:
     * PostgreSQL serialises the commits of notifying transactions, and a notification needs no
     * durability. The payload is the writing node's id (a reader ignores its own session's).
     */
    private static final String NOTIFY = "select set_config('synchronous_commit', 'off', true), "
            + "pg_notify('kairos_log', ?)";
    /** The columns of a write sent as numbers: created, start and end (microseconds), the runtime (nanoseconds). */
    private static final Set<Integer> NUMBERS = Set.of(0, 4, 5, 6);
    private static final long QUIET_NANOS = 10_000_000_000L;
    /** While the database is away, how long the session thread goes without trying it (the heartbeat still does). */
    private static final long RETRY_NANOS = 1_000_000_000L;

    private final Link link;
    private final Lease lease;
    private final List<LogRecord> kept = new ArrayList<>();
    private boolean down;
    private long lastComplaint;
    private long retryAt;

    /** @param link a link that commits each statement by itself */
    Writer(Link link, Lease lease) {
        this.link = link;
        this.lease = lease;
    }

    /**
     * Writes {@code records}, claiming each run record with the run id its task's run follows
     * ({@code claims}: task to run id; a task missing from it has had no run).
     *
     * @return the records refused
     */
    synchronized Set<LogRecord> write(List<LogRecord> records, Map<String, String> claims) {
        List<LogRecord> batch = new ArrayList<>(kept.size() + records.size());
        batch.addAll(kept);
        batch.addAll(records);
        long sent = System.nanoTime();
        if (down && sent - retryAt < 0) {
            return away(records, null); // not yet: a pass does not wait for a connection that will not come
        }
        try {
            Connection c = link.get();
            Written w = insert(c, batch, claims, lease.valid());
            if (!w.keys().isEmpty()) {
                notify(c, Long.toString(lease.node()));
            }
            if (w.alive()) {
                lease.renewed(sent);
            } else {
                lease.declaredDead();
            }
            back(w.keys());
            kept.clear();
            // told apart by key: a write that went through hashes no record (a record's hashCode, made
            // by the JDK at its first call, would spin method handles on a cold JVM's first runs)
            Set<LogRecord> refused = new LinkedHashSet<>();
            for (LogRecord r : records) {
                if (!w.keys().contains(key(r))) {
                    refused.add(r);
                }
            }
            return refused;
        } catch (SQLException e) {
            link.reset();
            return away(records, e);
        }
    }

    /**
     * After a heartbeat got through: writes the kept finishes, if any (they hold no run record to
     * claim), and lets the next write try the database at once.
     */
    synchronized void flush() {
        retryAt = System.nanoTime(); // the heartbeat got through: the next write tries at once
        if (!kept.isEmpty()) {
            write(List.of(), Map.of());
        }
    }

    /** A block of 100 run ids: the last of them, or -1 when the database cannot be reached. */
    synchronized long runIdBlock() {
        try {
            Connection c = link.get();
            try (PreparedStatement s = c.prepareStatement("select nextval('kairos_run_id')");
                    ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            link.reset();
            complain("cannot take run ids from the task log: " + e.getMessage());
            return -1;
        }
    }

    /** Sends a notification, so readers waiting for one (this session's, which is closing) return. */
    synchronized void nudge() {
        try {
            notify(link.get(), ""); // if it fails, the reader returns at its next poll instead
        } catch (SQLException e) {
            link.reset();
        }
    }

    synchronized int kept() {
        return kept.size();
    }

    void close() {
        synchronized (this) {
            if (!kept.isEmpty()) {
                LOG.error("the task log is still unreachable: {} record(s) could not be written and are lost: {}",
                        kept.size(), kept);
            }
            link.close();
        }
    }

    /** What one write did: the keys of the records written, and whether this node is alive. */
    private record Written(Set<String> keys, boolean alive) {
    }

    private Written insert(Connection c, List<LogRecord> rows, Map<String, String> claims, boolean mayClaim)
            throws SQLException {
        int n = rows.size();
        String[][] texts = new String[10][n];
        Long[][] numbers = new Long[10][n];
        for (int i = 0; i < n; i++) {
            LogRecord r = rows.get(i);
            numbers[0][i] = micros(r.created());
            texts[1][i] = text(r.task());
            texts[2][i] = r.action().code();
            texts[3][i] = text(r.runId());
            numbers[4][i] = micros(r.start());
            numbers[5][i] = micros(r.end());
            numbers[6][i] = r.runtime() == null ? null : saturatedNanos(r);
            texts[7][i] = text(r.message());
            texts[8][i] = text(r.exception());
            texts[9][i] = r.action() == Action.RUN ? claims.getOrDefault(r.task(), "") : null;
        }
        Set<String> keys = new HashSet<>();
        boolean alive = false;
        try (PreparedStatement s = c.prepareStatement(WRITE)) {
            s.setLong(1, lease.node());
            s.setLong(2, lease.node());
            for (int col = 0; col < 10; col++) {
                boolean number = NUMBERS.contains(col);
                Array a = number ? c.createArrayOf("bigint", numbers[col]) : c.createArrayOf("text", texts[col]);
                s.setArray(col + 3, a);
            }
            s.setBoolean(13, mayClaim);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String runId = rs.getString(1);
                    String action = rs.getString(2);
                    if (action == null) {
                        alive = true;
                    } else {
                        keys.add(runId + ' ' + action);
                    }
                }
            }
        }
        return new Written(keys, alive);
    }

    /**
     * After a commit that wrote rows: wakes the sessions' readers ({@code payload}: this node's id,
     * or {@code ""} to wake this session's own). The rows are written whatever happens here; a lost
     * wake-up only delays the others until their next poll.
     */
    private void notify(Connection c, String payload) {
        try (PreparedStatement s = c.prepareStatement(NOTIFY)) {
            s.setString(1, payload);
            s.execute();
        } catch (SQLException e) {
            link.reset(); // the next write opens a new connection and says so if that fails too
        }
    }

    private static String key(LogRecord r) {
        return r.runId() + ' ' + r.action().code();
    }

    /** After a write went through ({@code written}: the keys of the records written): says what became of the kept. */
    private void back(Set<String> written) {
        if (down) {
            down = false;
            LOG.warn("the task log is reachable again: {} kept record(s) written", kept.size());
        }
        for (LogRecord r : kept) {
            if (!written.contains(key(r))) {
                LOG.warn("the kept record {} was refused: the run already had an outcome (another session "
                        + "recorded it crashed while this one could not reach the log)", r);
            }
        }
    }

    /** Refuses the run records and keeps the rest; {@code e} is the failure, or null when not tried now. */
    private Set<LogRecord> away(List<LogRecord> records, SQLException e) {
        Set<LogRecord> refused = new LinkedHashSet<>();
        for (LogRecord r : records) {
            if (r.action() == Action.RUN) {
                refused.add(r);
            } else {
                kept.add(r);
            }
        }
        if (e == null) {
            return refused;
        }
        lease.failed();
        retryAt = System.nanoTime() + RETRY_NANOS;
        if (!down) {
            down = true;
            lastComplaint = System.nanoTime();
            LOG.error("cannot write to the task log: {} ({}); no run starts until it is back, {} finish record(s) "
                    + "kept in memory to be written then", Failures.describe(e), e.getSQLState(), kept.size());
        } else {
            complain("the task log is still unreachable: " + e.getMessage() + "; " + kept.size()
                    + " record(s) kept");
        }
        return refused;
    }

    private void complain(String message) {
        long now = System.nanoTime();
        if (now - lastComplaint >= QUIET_NANOS) {
            lastComplaint = now;
            LOG.error(message);
        }
    }

    private static long saturatedNanos(LogRecord r) {
        try {
            return r.runtime().toNanos();
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE;
        }
    }

    /**
     * An instant as whole microseconds since the epoch (PostgreSQL's precision), its nanoseconds
     * rounded as PostgreSQL rounds the fraction of a text timestamp (the fraction read as a
     * {@code double}, times a million, to the nearest even): sent as a number, it is neither
     * formatted here nor parsed by the server, and lands as its ISO text did.
     */
    static Long micros(Instant at) {
        if (at == null) {
            return null;
        }
        try {
            long fraction = (long) Math.rint(at.getNano() / 1e9 * 1e6);
            return Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000L), fraction);
        } catch (ArithmeticException e) { // far beyond what PostgreSQL takes: it refuses the write, as it would the text
            return at.getEpochSecond() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
    }

    /**
     * The SQL that makes a timestamp of the microseconds since the epoch in {@code column}: whole
     * seconds and the microseconds apart, each exact as the {@code double} an interval is multiplied by.
     */
    private static String instant(String column) {
        return "'epoch'::timestamptz + (" + column + " / 1000000) * interval '1 second' + (" + column
                + " % 1000000) * interval '1 microsecond'";
    }

    /** PostgreSQL text cannot hold NUL: it is written as U+FFFD, so one odd message never blocks the log. */
    private static String text(String s) {
        return s == null || s.indexOf('\0') < 0 ? s : s.replace('\0', '\uFFFD');
    }
}
