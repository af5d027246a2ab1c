package dev.kairos.postgres;

import dev.kairos.log.LogRecord;
import dev.kairos.postgres.Rows.Row;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Queue;
import java.util.function.Predicate;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The log's reader thread: follows the log with a {@link Cursor} that passes over this session's
 * own rows, hands on the rows other sessions wrote, and sleeps until a notification (a write on any
 * node) or the poll interval. The table is the source of truth; a lost notification only delays a
 * record until the next poll.
 */
final class Listener implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger("dev.kairos.postgres");
    /** How soon to read again when a row waits for an older transaction to end. */
    private static final int HELD_MILLIS = 5;
    private static final int CHUNK = 5_000;
    /**
     * After a read that found rows, how long to let the next writes gather before reading again: at
     * a high rate of writes on other nodes, one read takes several of them instead of one each.
     */
    private static final int GATHER_MILLIS = 2;

    private final Link link;
    private final Cursor cursor;
    private final Queue<LogRecord> out;
    private final Runnable wake;
    private final int pollMillis;
    private final Predicate<String> mine;
    private boolean listening;
    private boolean failing;

    /** @param mine whether a notification's payload names this session (its own writes: nothing to read) */
    Listener(Link link, Cursor cursor, Queue<LogRecord> out, Runnable wake, int pollMillis, Predicate<String> mine) {
        this.mine = mine;
        this.link = link;
        this.cursor = cursor;
        this.out = out;
        this.wake = wake;
        this.pollMillis = pollMillis;
    }

    @Override
    public void run() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    Connection c = listen();
                    Cursor.Chunk chunk = read(c);
                    if (failing) {
                        failing = false;
                        LOG.warn("the task log is reachable again: following it");
                    }
                    if (!chunk.full()) {
                        if (!chunk.rows().isEmpty()) {
                            Thread.sleep(GATHER_MILLIS);
                        }
                        await(c.unwrap(PGConnection.class), cursor.held() ? HELD_MILLIS : pollMillis);
                    }
                } catch (SQLException e) {
                    listening = false;
                    link.reset();
                    if (!failing) {
                        failing = true;
                        LOG.error("cannot read the task log: {}; other sessions' records wait until it is back",
                                e.getMessage());
                    }
                    Thread.sleep(pollMillis);
                }
            }
        } catch (InterruptedException e) {
            // the log is closing
        } finally {
            link.close();
        }
    }

    /**
     * Waits up to {@code millis} for a notification of another session's write: this session's own
     * writes, of which it is told too, are slept through.
     */
    private void await(PGConnection c, int millis) throws SQLException {
        long until = System.nanoTime() + millis * 1_000_000L;
        for (long left = millis; left > 0; left = (until - System.nanoTime()) / 1_000_000) {
            PGNotification[] got = c.getNotifications((int) left);
            if (got == null || got.length == 0) {
                return; // the time is up
            }
            for (PGNotification n : got) {
                if (!mine.test(n.getParameter())) {
                    return;
                }
            }
        }
    }

    private Connection listen() throws SQLException {
        Connection c = link.get();
        if (!listening) {
            try (Statement s = c.createStatement()) {
                s.execute("listen kairos_log");
            }
            listening = true;
        }
        return c;
    }

    /** Reads what has settled and hands it on. */
    private Cursor.Chunk read(Connection c) throws SQLException {
        Cursor.Chunk chunk = cursor.next(c, CHUNK);
        for (Row r : chunk.rows()) {
            out.add(r.record());
        }
        if (!chunk.rows().isEmpty()) {
            wake.run();
        }
        return chunk;
    }
}
