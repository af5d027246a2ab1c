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
