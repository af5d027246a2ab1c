package dev.kairos.postgres;

import dev.kairos.log.LogRecord;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The log's heartbeat thread: renews this session's heartbeat on the database's clock, declares
 * sessions dead whose heartbeat is older than the bound (recording {@code crash} for their open runs
 * in the same transaction, and handing those records to the session, as the reader hands on the
 * others' records: the reader passes over this session's rows), writes kept records once the
 * database is back, and wakes the session when its lease runs out or comes back.
 */
final class Heartbeat implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger("dev.kairos.postgres");
    private static final String RENEW = "update kairos_node set heartbeat = now() where id = ? and not dead";
    private static final String REGISTER = "insert into kairos_node (name) values (?) returning id";
    /** Marks the dead and records crash for their runs that have no outcome, in one statement. */
    private static final String REAP = "with dead as (update kairos_node set dead = true where not dead and "
            + "(heartbeat < now() - make_interval(secs => ?) or id = ?) returning id, name, heartbeat) "
            + "insert into kairos_log (node, created, task, action, run_id, start_at, end_at, runtime_ns, message) "
            + "select ?, now(), r.task, 'crash', r.run_id, r.start_at, now(), "
            + "greatest(0, (extract(epoch from now() - r.start_at) * 1e9)::bigint), 'the run never finished: its "
            + "session ' || d.name || ' (node ' || d.id || ') stopped heartbeating at ' || d.heartbeat "
            + "from kairos_log r join dead d on r.node = d.id where r.action = 'run' and not exists "
            + "(select 1 from kairos_log f where f.run_id = r.run_id and f.action <> 'run') "
            + "on conflict do nothing returning " + Rows.COLUMNS;

    private final Link link;
    private final Lease lease;
    private final Writer writer;
    private final String name;
    private final long intervalMillis;
    private final double deadAfterSeconds;
    private final Runnable wake;
    private final Queue<LogRecord> crashes;
    private boolean fenced;
    private boolean failing;

    /** @param crashes where the crash records this session writes for dead sessions go, for the session to take */
    Heartbeat(Link link, Lease lease, Writer writer, String name, Duration interval, Duration deadAfter,
            Runnable wake, Queue<LogRecord> crashes) {
        this.crashes = crashes;
        this.link = link;
        this.lease = lease;
        this.writer = writer;
        this.name = name;
        this.intervalMillis = interval.toMillis();
        this.deadAfterSeconds = deadAfter.toMillis() / 1000.0;
        this.wake = wake;
    }

    /** Registers this session as a new node; on the calling thread, before the heartbeat starts. */
    void register() throws SQLException {
        long sent = System.nanoTime();
        Connection c = link.get();
        try (PreparedStatement s = c.prepareStatement(REGISTER)) {
            s.setString(1, name);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                long id = rs.getLong(1);
                c.commit();
                lease.registered(id, sent);
            }
        } catch (SQLException e) {
            link.reset();
            throw e;
        }
    }

    @Override
    public void run() {
        while (!Thread.currentThread().isInterrupted()) {
            beat();
            try {
                Thread.sleep(intervalMillis);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** One beat: renew (or register anew after being declared dead), reap, flush, tell the session. */
    void beat() {
        long sent = System.nanoTime();
        try {
            Connection c = link.get();
            int renewed;
            try (PreparedStatement s = c.prepareStatement(RENEW)) {
                s.setLong(1, lease.node());
                renewed = s.executeUpdate();
            }
            c.commit();
            if (renewed == 0) {
                long old = lease.node();
                lease.declaredDead();
                register();
                LOG.error("this session (node {}) was declared dead by another, which recorded its open runs as "
                        + "crashed: its runs are terminated, and it goes on as node {}", old, lease.node());
                wake.run();
            } else {
                lease.renewed(sent);
            }
            if (failing) {
                failing = false;
                LOG.warn("the task log is reachable again: heartbeat renewed");
            }
            if (lease.mayReap()) {
                reap(c, false);
            }
            writer.flush();
        } catch (SQLException e) {
            link.reset();
            lease.failed();
            if (!failing) {
                failing = true;
                LOG.error("cannot renew this session's heartbeat in the task log: {}", e.getMessage());
            }
        }
        boolean nowFenced = !lease.valid();
        if (nowFenced != fenced) {
            fenced = nowFenced;
            if (fenced) {
                LOG.error("this session could not renew its heartbeat in time: it is fenced (it terminates its runs "
                        + "and starts none) until the task log can be reached");
            } else {
                LOG.warn("this session's heartbeat is renewed: it is no longer fenced");
            }
            wake.run();
        }
    }

    /** Declares the dead dead (and, when {@code self}, this session: it is leaving); their open runs crash. */
    void reap(Connection c, boolean self) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(REAP)) {
            s.setDouble(1, self ? 1e9 : deadAfterSeconds); // leaving: only this session, whatever its heartbeat
            s.setLong(2, self ? lease.node() : 0);
            s.setLong(3, lease.node());
            List<LogRecord> crashed = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    crashed.add(Rows.read(rs).record());
                }
            }
            c.commit();
            if (!crashed.isEmpty()) {
                LOG.warn("recorded {} run(s) of dead sessions as crashed", crashed.size());
                crashes.addAll(crashed);
                wake.run();
            }
        } catch (SQLException e) {
            c.rollback();
            throw e;
        }
    }

    /** This session leaves: its node is marked dead, and what it left open crashes. */
    void leave() {
        try {
            reap(link.get(), true);
        } catch (SQLException e) {
            LOG.warn("cannot mark this session as gone in the task log (others will after its heartbeat expires): {}",
                    e.getMessage());
        } finally {
            link.close();
        }
    }
}
