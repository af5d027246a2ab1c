package dev.kairos.benchmarks;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongPredicate;
import javax.sql.DataSource;

/** The few queries the PostgreSQL figures make from outside the schedulers they measure. */
final class Sql {
    /** How often {@link #awaitCount} asks: fine against runs of seconds, light on 2 cores. */
    private static final long POLL_MILLIS = 20;

    private Sql() {
    }

    static void execute(DataSource ds, String sql) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /**
     * The transactions the server has counted in {@code ds}'s database, committed and rolled back.
     * The server's statistics trail a busy session by up to half a second: read it after a round has
     * been still for longer than that.
     */
    static long transactions(DataSource ds) throws SQLException {
        return count(ds, "select xact_commit + xact_rollback from pg_stat_database where datname = current_database()");
    }

    static long count(DataSource ds, String sql) throws SQLException {
        return longs(ds, sql).get(0);
    }

    static List<Long> longs(DataSource ds, String sql) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            List<Long> out = new ArrayList<>();
            while (rs.next()) {
                out.add(rs.getLong(1));
            }
            return out;
        }
    }

    static String text(DataSource ds, String sql) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    /**
     * Asks {@code countSql} every 20 ms on one connection until its value is {@code done}, and
     * returns the instant it first was: what was committed, seen from outside.
     *
     * @throws IllegalStateException if it is not within {@code limit}, with the last value
     */
    static Instant awaitCount(DataSource ds, String countSql, LongPredicate done, Duration limit)
            throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            while (true) {
                long n;
                try (ResultSet rs = s.executeQuery(countSql)) {
                    rs.next();
                    n = rs.getLong(1);
                }
                if (done.test(n)) {
                    return Instant.now();
                }
                if (System.nanoTime() - deadline > 0) {
                    throw new IllegalStateException("'" + countSql + "' was still " + n + " after " + limit);
                }
                Thread.sleep(POLL_MILLIS);
            }
        }
    }
}
