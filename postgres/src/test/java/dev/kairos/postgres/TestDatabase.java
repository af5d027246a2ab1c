package dev.kairos.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The one real PostgreSQL server of this test JVM, started on first use from the embedded binaries,
 * and a new empty database for each test that asks.
 */
final class TestDatabase {
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;
    private static Path data;
    private static int port;

    private TestDatabase() {
    }

    /** A new, empty database on the server. */
    static synchronized Db fresh() {
        start();
        String name = "kairos_test_" + DATABASES.incrementAndGet();
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return new Db(name, "jdbc:postgresql://localhost:" + port + "/" + name + "?user=postgres");
    }

    /** Stops the server and starts it again on the same data and port, as a database restart does. */
    static synchronized void restart(Runnable whileDown) {
        stop();
        whileDown.run();
        start();
    }

    static synchronized void stop() {
        if (server != null) {
            try {
                server.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server = null;
        }
    }

    private static void start() {
        if (server != null) {
            return;
        }
        try {
            if (data == null) {
                data = Files.createTempDirectory("kairos-pg");
                data.toFile().deleteOnExit();
            }
            EmbeddedPostgres.Builder b = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false);
            if (port != 0) {
                b.setPort(port);
            }
            server = b.start();
            port = server.getPort();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL server", e);
        }
    }

    /** One test's database. */
    record Db(String name, String url) {
        DataSource dataSource() {
            PGSimpleDataSource ds = new PGSimpleDataSource();
            ds.setUrl(url);
            return ds;
        }
    }
}
