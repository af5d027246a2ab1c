package dev.kairos.benchmarks;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The PostgreSQL server of {@link PostgresBenchmark}, started from the embedded binaries in a
 * temporary directory (deleted when it stops), and a new empty database for each figure, so that
 * Kairos and db-scheduler run on the same server with the same settings.
 */
final class Database implements AutoCloseable {
    private final EmbeddedPostgres server;
    private final AtomicInteger made = new AtomicInteger();
    /** The databases made so far, dropped when the next is made. */
    private final List<String> earlier = new ArrayList<>();

    private Database(EmbeddedPostgres server) {
        this.server = server;
    }

    /**
     * Starts a server with {@code fsync} and {@code synchronous_commit} as given. The embedded
     * server turns both off unless told; PostgreSQL's defaults, and a production server's, are
     * {@code on}, where every commit waits for the disk.
     */
    static Database start(String fsync, String synchronousCommit) throws IOException {
        return new Database(EmbeddedPostgres.builder().setServerConfig("fsync", fsync)
                .setServerConfig("synchronous_commit", synchronousCommit).start());
    }

    /**
     * A new, empty database on the server, named after what it is for. The figures' earlier
     * databases are dropped first and the server checkpointed, so that no figure pays for the one
     * before it (autovacuum of its deleted rows, the writing out of its dirty pages): whichever
     * scheduler runs second starts on a server as quiet as the first did.
     */
    Db fresh(String purpose) throws SQLException {
        String name = "bench_" + made.incrementAndGet() + "_" + purpose.replaceAll("[^a-z0-9]", "_");
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            for (String old : earlier) {
                s.execute("drop database if exists " + old + " with (force)");
            }
            earlier.clear();
            s.execute("checkpoint");
            s.execute("create database " + name);
        }
        earlier.add(name);
        return new Db("jdbc:postgresql://localhost:" + server.getPort() + "/" + name + "?user=postgres");
    }

    /** The server's version and the settings that matter for commit-heavy work, as key=value pairs. */
    String describe() throws SQLException {
        return Sql.text(server.getPostgresDatabase(), "select 'postgres=' || current_setting('server_version') "
                + "|| ' synchronous_commit=' || current_setting('synchronous_commit') || ' fsync=' "
                + "|| current_setting('fsync') || ' max_connections=' || current_setting('max_connections') "
                + "|| ' shared_buffers=' || current_setting('shared_buffers')");
    }

    @Override
    public void close() throws IOException {
        server.close();
    }

    /** One figure's database. */
    record Db(String url) {
        /** A data source that opens a new connection each time (Kairos holds its own three). */
        DataSource plain() {
            PGSimpleDataSource ds = new PGSimpleDataSource();
            ds.setUrl(url);
            return ds;
        }
    }
}
