package dev.kairos.postgres;

import dev.kairos.postgres.Rows.Row;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * A place in the log, read forward without gaps. Rows are read in (transaction id, seq) order, and
 * only those of transactions older than every transaction still running: a row committed later
 * than a newer one (seq is taken at insert, not at commit) is not passed over, because until its
 * transaction ends the cursor stops before it. Rows of the nodes it is told to skip are passed over
 * in the database. Not thread-safe.
 */
final class Cursor {
    private static final String READ = "select " + Rows.COLUMNS + ", xid < pg_snapshot_xmin(pg_current_snapshot()) "
            + "from kairos_log where (xid, seq) > (?::xid8, ?) and node <> all (?) order by xid, seq limit ?";
    private static final Long[] NONE = {};

    private final Supplier<Long[]> skip;
    private String xid = "0";
    private long seq;
    private boolean held;

    /** A cursor over every row. */
    Cursor() {
        this(() -> NONE);
    }

    /** A cursor over the rows of every node but those {@code skip} gives at each read. */
    Cursor(Supplier<Long[]> skip) {
        this.skip = skip;
    }

    /** What one read gave. */
    record Chunk(List<Row> rows, boolean full) {
    }

    /**
     * The next settled rows after the cursor, at most {@code limit}, and moves past them.
     * {@code full} says the limit was reached (read again at once).
     */
    Chunk next(Connection c, int limit) throws SQLException {
        List<Row> rows = new ArrayList<>();
        boolean more = false;
        held = false;
        try (PreparedStatement s = c.prepareStatement(READ)) {
            s.setString(1, xid);
            s.setLong(2, seq);
            s.setArray(3, c.createArrayOf("bigint", skip.get()));
            s.setInt(4, limit);
            s.setFetchSize(Math.min(limit, 10_000));
            try (ResultSet rs = s.executeQuery()) {
                int n = 0;
                while (rs.next()) {
                    n++;
                    if (!rs.getBoolean(13)) {
                        held = true; // its transaction, or an older one, still runs: wait for it
                        break;
                    }
                    rows.add(Rows.read(rs));
                }
                more = !held && n == limit;
            }
        } finally {
            if (!c.getAutoCommit()) {
                c.commit();
            }
        }
        if (!rows.isEmpty()) {
            Row last = rows.get(rows.size() - 1);
            xid = last.xid();
            seq = last.seq();
        }
        return new Chunk(rows, more);
    }

    /** Whether the last read stopped before a row whose transaction had not settled. */
    boolean held() {
        return held;
    }
}
