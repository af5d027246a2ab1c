package dev.kairos.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * Nodes in JVMs of their own ({@link NodeMain}) over one test database, and what the database says
 * they did. Each node's output goes to {@code target/cluster/<test>/<node>.log}.
 */
final class Cluster implements AutoCloseable {
    private final TestDatabase.Db db;
    private final DataSource source;
    private final Path dir;
    private final Map<String, Process> nodes = new LinkedHashMap<>();

    Cluster(String test) {
        this.db = TestDatabase.fresh();
        this.source = db.dataSource();
        try (Connection c = source.getConnection()) {
            c.setAutoCommit(false);
            Schema.check(c, true); // the nodes race to apply it too; the tables exist before the first query
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        this.dir = Path.of("target", "cluster", test);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts a node; heartbeat and dead-after in milliseconds. */
    void start(String name, long heartbeat, long deadAfter, int ticks) {
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx128m",
                "-XX:TieredStopAtLevel=1", "-Dkairos.test.log=INFO", "-Dkairos.test.root.log=WARN", "-cp", System.getProperty("java.class.path"), NodeMain.class.getName(),
                db.url(), name, Long.toString(heartbeat), Long.toString(deadAfter), Integer.toString(ticks));
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
                    .redirectOutput(dir.resolve(name + ".log").toFile()).start();
            nodes.put(name, p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Process node(String name) {
        return nodes.get(name);
    }

    String output(String name) throws IOException {
        return Files.readString(dir.resolve(name + ".log"));
    }

    /** Sends a signal by name ({@code STOP}, {@code CONT}) to a node, with kill(1), no shell. */
    void signal(String name, String signal) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(nodes.get(name).pid())).inheritIO()
                .start();
        if (kill.waitFor() != 0) {
            throw new IllegalStateException("kill -" + signal + " failed");
        }
    }

    /** Stops the nodes gracefully (their input ends) and waits for them. */
    void stopAll() throws IOException, InterruptedException {
        for (Process p : nodes.values()) {
            if (p.isAlive()) {
                p.getOutputStream().close();
            }
        }
        for (Process p : nodes.values()) {
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("a node did not stop within a minute of its input ending");
            }
        }
    }

    @Override
    public void close() {
        nodes.values().forEach(Process::destroyForcibly);
    }

    /** Waits until the query's first column is true (the test's own timeout bounds it). */
    void await(String query) throws InterruptedException {
        while (!query(query, rs -> rs.getBoolean(1)).get(0)) {
            Thread.sleep(50);
        }
    }

    /** Every row of the log, in log order. */
    List<Row> rows() {
        return query("select seq, node, (select name from kairos_node n where n.id = l.node), task, action, run_id, "
                + "created, start_at, end_at, message from kairos_log l order by xid, seq", rs -> new Row(
                rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                instant(rs, 7), instant(rs, 8), instant(rs, 9), rs.getString(10)));
    }

    <T> List<T> query(String sql, RowReader<T> reader) {
        try (Connection c = source.getConnection(); PreparedStatement s = c.prepareStatement(sql);
                ResultSet rs = s.executeQuery()) {
            List<T> out = new ArrayList<>();
            while (rs.next()) {
                out.add(reader.read(rs));
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private static Instant instant(ResultSet rs, int col) throws SQLException {
        java.sql.Timestamp t = rs.getTimestamp(col);
        return t == null ? null : t.toInstant();
    }

    /** One row of {@code kairos_log}, with the name of the node that wrote it. */
    record Row(long seq, long node, String nodeName, String task, String action, String runId, Instant created,
            Instant start, Instant end, String message) {
    }
}
