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
 * Writes this session's records, each batch in one transaction that also renews the heartbeat:
 * run records only as claims the database makes unique, finishes only as the run's one outcome.
 * Finishes that cannot be written are kept, in order, and written before anything else once the
 * database is back. Thread-safe (the session thread writes; the heartbeat thread flushes).
 */
final class Writer {
    private static final Logger LOG = LoggerFactory.getLogger("dev.kairos.postgres");
    private static final String INSERT = "insert into kairos_log (node, created, task, action, run_id, start_at, "
            + "end_at, runtime_ns, message, exception, claim) select ?, r.created::timestamptz, r.task, r.action, "
            + "r.run_id, r.start_at::timestamptz, r.end_at::timestamptz, r.runtime_ns, r.message, r.exception, r.claim "
            + "from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::bigint[], ?::text[], "
            + "?::text[], ?::text[]) with ordinality as r(created, task, action, run_id, start_at, end_at, "
            + "runtime_ns, message, exception, claim, ord) order by r.ord on conflict do nothing "
            + "returning seq, run_id, action";
    private static final String RENEW = "update kairos_node set heartbeat = now() where id = ? and not dead";
    private static final long QUIET_NANOS = 10_000_000_000L;
    /** While the database is away, how long the session thread goes without trying it (the heartbeat still does). */
    private static final long RETRY_NANOS = 1_000_000_000L;

    private final Link link;
    private final Lease lease;
    /** Seqs of rows this session wrote, until the reader has passed them (so it hands them on to nobody). */
    private final Set<Long> own;
    private final List<LogRecord> kept = new ArrayList<>();
    private boolean down;
    private long lastComplaint;
    private long retryAt;

    Writer(Link link, Lease lease, Set<Long> own) {
        this.link = link;
        this.lease = lease;
        this.own = own;
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
        List<Long> seqs = new ArrayList<>();
        long sent = System.nanoTime();
        if (down && sent - retryAt < 0) {
            return away(records, null); // not yet: a pass does not wait for a connection that will not come
        }
        try {
            Connection c = link.get();
            boolean alive = renew(c);
            boolean mayClaim = alive && lease.valid();
            List<LogRecord> tried = new ArrayList<>(batch.size());
            for (LogRecord r : batch) {
                if (r.action() != Action.RUN || mayClaim) {
                    tried.add(r);
                }
            }
            Set<String> written = insert(c, tried, claims, seqs);
            try (PreparedStatement s = c.prepareStatement("select pg_notify('kairos_log', '')")) {
                s.execute();
            }
            own.addAll(seqs);
            c.commit();
            if (alive) {
                lease.renewed(sent);
            }
            Set<LogRecord> refused = new LinkedHashSet<>();
            for (LogRecord r : batch) {
                if (!written.contains(key(r))) {
                    refused.add(r);
                }
            }
            back(refused);
            kept.clear();
            refused.retainAll(new HashSet<>(records));
            return refused;
        } catch (SQLException e) {
            seqs.forEach(own::remove);
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
                long last = rs.getLong(1);
                c.commit();
                return last;
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
            Connection c = link.get();
            try (PreparedStatement s = c.prepareStatement("select pg_notify('kairos_log', '')")) {
                s.execute();
            }
            c.commit();
        } catch (SQLException e) {
            link.reset(); // the reader returns at its next poll instead
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

    private boolean renew(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(RENEW)) {
            s.setLong(1, lease.node());
            boolean alive = s.executeUpdate() == 1;
            if (!alive) {
                lease.declaredDead();
            }
            return alive;
        }
    }

    private Set<String> insert(Connection c, List<LogRecord> rows, Map<String, String> claims, List<Long> seqs)
            throws SQLException {
        Set<String> written = new HashSet<>();
        if (rows.isEmpty()) {
            return written;
        }
        int n = rows.size();
        String[][] cols = new String[10][n];
        Long[] runtimes = new Long[n];
        for (int i = 0; i < n; i++) {
            LogRecord r = rows.get(i);
            cols[0][i] = r.created().toString();
            cols[1][i] = text(r.task());
            cols[2][i] = r.action().code();
            cols[3][i] = text(r.runId());
            cols[4][i] = instant(r.start());
            cols[5][i] = instant(r.end());
            runtimes[i] = r.runtime() == null ? null : saturatedNanos(r);
            cols[7][i] = text(r.message());
            cols[8][i] = text(r.exception());
            cols[9][i] = r.action() == Action.RUN ? claims.getOrDefault(r.task(), "") : null;
        }
        try (PreparedStatement s = c.prepareStatement(INSERT)) {
            s.setLong(1, lease.node());
            for (int col = 0; col < 10; col++) {
                Array a = col == 6 ? c.createArrayOf("bigint", runtimes) : c.createArrayOf("text", cols[col]);
                s.setArray(col + 2, a);
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    seqs.add(rs.getLong(1));
                    written.add(rs.getString(2) + ' ' + rs.getString(3));
                }
            }
        }
        return written;
    }

    private static String key(LogRecord r) {
        return r.runId() + ' ' + r.action().code();
    }

    private void back(Set<LogRecord> refused) {
        if (down) {
            down = false;
            LOG.warn("the task log is reachable again: {} kept record(s) written", kept.size());
        }
        for (LogRecord r : kept) {
            if (refused.contains(r)) {
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

    private static String instant(Instant at) {
        return at == null ? null : at.toString();
    }

    /** PostgreSQL text cannot hold NUL: it is written as U+FFFD, so one odd message never blocks the log. */
    private static String text(String s) {
        return s == null || s.indexOf('\0') < 0 ? s : s.replace('\0', '\uFFFD');
    }
}
