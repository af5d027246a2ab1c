package dev.kairos.postgres;

import dev.kairos.condition.Action;
import dev.kairos.log.LogRecord;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

/** The columns of {@code kairos_log} and how a record maps to them. */
final class Rows {
    /**
     * The columns read, in order; {@link #read} takes them from 1. The transaction id is read as text
     * under a name of its own: named {@code xid}, an {@code order by xid} would sort by the text.
     */
    static final String COLUMNS = "seq, xid::text as xid_text, node, created, task, action, run_id, start_at, end_at, runtime_ns, "
            + "message, exception";

    private Rows() {
    }

    /** A row as read: its place in the log, the session that wrote it, the record. */
    record Row(long seq, String xid, long node, LogRecord record) {
    }

    static Row read(ResultSet rs) throws SQLException {
        long nanos = rs.getLong(10);
        Duration runtime = rs.wasNull() ? null : Duration.ofNanos(nanos);
        LogRecord r = new LogRecord(instant(rs.getTimestamp(4)), rs.getString(5), Action.fromCode(rs.getString(6)),
                rs.getString(7), instant(rs.getTimestamp(8)), instant(rs.getTimestamp(9)), runtime, rs.getString(11),
                rs.getString(12));
        return new Row(rs.getLong(1), rs.getString(2), rs.getLong(3), r);
    }

    static Timestamp timestamp(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
