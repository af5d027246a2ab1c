package dev.kairos.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kairos.log.LogRecord;
import dev.kairos.log.LogTail;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Rows that commit out of order are neither skipped nor read twice. */
class CursorTest {
    private DataSource db;

    @BeforeEach
    void database() throws SQLException {
        db = TestDatabase.fresh().dataSource();
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            Schema.check(c, true);
        }
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute("insert into kairos_node (name) values ('writer')");
        }
    }

    private static void insert(Connection c, String task) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("insert into kairos_log (node, created, task, action, run_id, claim) values "
                    + "(1, now(), '" + task + "', 'run', '" + task + "', '')");
        }
    }

    private static List<String> tasks(LogTail.Batch b) {
        return b.records().stream().map(LogRecord::task).toList();
    }

    @Test
    void a_row_that_commits_after_a_newer_one_is_read_once_not_skipped() throws Exception {
        try (LogTail tail = PostgresTaskLog.of(db).follow(ZoneOffset.UTC);
                Connection early = db.getConnection(); Connection late = db.getConnection()) {
            early.setAutoCommit(false);
            insert(early, "first");                  // takes its transaction id and seq first, commits last
            insert(late, "second");                  // auto-commit: committed at once
            assertEquals(List.of(), tasks(tail.poll()), "the committed row waits for the older transaction");
            early.commit();
            assertEquals(List.of("first", "second"), tasks(tail.poll()));
            assertEquals(List.of(), tasks(tail.poll()));
        }
    }

    @Test
    void rows_are_read_in_transaction_order_when_transaction_ids_gain_a_digit() throws Exception {
        long before;
        long after;
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            insert(c, "before");
            before = xidOf(s, "before");
            long boundary = 10;
            while (boundary <= before) {
                boundary *= 10;
            }
            s.execute("set synchronous_commit = off");
            s.execute("do $$ begin for i in 1.." + (boundary - before) + " loop perform pg_current_xact_id(); "
                    + "commit; end loop; end $$");
            insert(c, "after");
            after = xidOf(s, "after");
        }
        assertEquals(Long.toString(before).length() + 1, Long.toString(after).length(),
                "the two rows' transaction ids differ in length (" + before + ", " + after + ")");
        Cursor cursor = new Cursor();
        List<String> read = new java.util.ArrayList<>();
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            for (Cursor.Chunk chunk = cursor.next(c, 1); !chunk.rows().isEmpty(); chunk = cursor.next(c, 1)) {
                chunk.rows().forEach(r -> read.add(r.record().task()));
            }
        }
        assertEquals(List.of("before", "after"), read, "one row a read, in transaction order");
    }

    private static long xidOf(Statement s, String task) throws SQLException {
        try (var rs = s.executeQuery("select xid::text from kairos_log where task = '" + task + "'")) {
            rs.next();
            return Long.parseLong(rs.getString(1));
        }
    }

    @Test
    void a_rolled_back_row_holds_nothing_up() throws Exception {
        try (LogTail tail = PostgresTaskLog.of(db).follow(ZoneOffset.UTC);
                Connection aborted = db.getConnection(); Connection other = db.getConnection()) {
            aborted.setAutoCommit(false);
            insert(aborted, "never");
            insert(other, "kept");
            aborted.rollback();
            assertEquals(List.of("kept"), tasks(tail.poll()));
        }
    }
}
