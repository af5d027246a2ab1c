package dev.kairos.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kairos.condition.Action;
import dev.kairos.log.LogRecord;
import dev.kairos.postgres.PostgresTaskLog;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands over a real PostgreSQL task log (one embedded server for the class). */
class DatabaseCommandsTest {
    private static final Instant T0 = Instant.parse("2026-12-02T08:00:00Z");
    private static EmbeddedPostgres server;
    private static int databases;

    @BeforeAll
    static void start() throws IOException {
        server = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
    }

    /** A new database whose log holds a success of 'fetch' at 08:00:05; its URL. */
    private static String databaseWithARun() throws IOException, SQLException {
        String name = "cli_" + ++databases;
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("create database " + name);
        }
        DataSource ds = server.getDatabase("postgres", name);
        try (PostgresTaskLog log = PostgresTaskLog.builder(ds).node("test").migrate(true).build()) {
            log.replay(ZoneOffset.UTC, r -> { });
            log.open(() -> { });
            String id = log.nextRunId();
            log.append(List.of(LogRecord.started("fetch", id, T0)));
            log.append(List.of(LogRecord.finished("fetch", id, Action.SUCCESS, T0, T0.plusSeconds(5), "ok", null)));
        }
        return "jdbc:postgresql://localhost:" + server.getPort() + "/" + name + "?user=postgres";
    }

    @Test
    void db_schema_prints_the_sql_of_every_version() {
        Cli r = Cli.run("db", "schema");
        assertEquals(Main.OK, r.code(), r.err());
        assertTrue(r.out().contains("-- V1__task_log.sql"), r.out());
        assertTrue(r.out().contains("create unique index kairos_log_claim"), r.out());
    }

    @Test
    void tail_reads_the_database() throws Exception {
        Cli r = Cli.run("tail", "--db", databaseWithARun(), "--zone", "UTC");
        assertEquals(Main.OK, r.code(), r.err());
        assertTrue(r.out().contains("fetch") && r.out().contains("success"), r.out());
        assertEquals(3, r.out().lines().count(), r.out());
    }

    @Test
    void check_evaluates_against_the_database_history() throws Exception {
        String url = databaseWithARun();
        Cli after = Cli.run("check", "after task 'fetch' succeeded", "--task", "report", "--db", url,
                "--now", "2026-12-02T08:01:00Z");
        assertEquals(0, after.code(), after.out() + after.err());
        Cli before = Cli.run("check", "after task 'fetch' succeeded", "--task", "report", "--db", url,
                "--now", "2026-12-02T08:00:01Z");
        assertEquals(1, before.code(), before.out() + before.err());
    }

    @Test
    void a_url_that_is_not_postgres_is_refused_with_what_to_write() {
        Cli r = Cli.run("tail", "--db", "jdbc:mysql://localhost/x");
        assertEquals(Main.BAD_INPUT, r.code());
        assertTrue(r.err().contains("is not a PostgreSQL JDBC URL; write jdbc:postgresql://HOST"), r.err());
    }

    @Test
    void log_and_db_together_are_refused() {
        Cli r = Cli.run("check", "true", "--log", "x.csv", "--db", "jdbc:postgresql://localhost/x");
        assertEquals(Main.BAD_INPUT, r.code());
        assertTrue(r.err().contains("--log and --db both name a task log; give one"), r.err());
    }

    @Test
    void run_without_migration_refuses_an_empty_database_and_says_what_to_do(@TempDir Path dir) throws Exception {
        String name = "cli_empty_" + ++databases;
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("create database " + name);
        }
        Files.createDirectories(dir.resolve("tasks"));
        Cli r = Cli.run("run", dir.resolve("tasks").toString(), "--no-migrate", "--db",
                "jdbc:postgresql://localhost:" + server.getPort() + "/" + name + "?user=postgres");
        assertEquals(Main.BAD_INPUT, r.code(), r.out() + r.err());
        assertTrue(r.err().contains("schema is at version 0, this Kairos needs 1"), r.err());
        assertTrue(r.err().contains("kairos db schema"), r.err());
    }
}
