package dev.kairos.postgres;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The log's tables, as versioned SQL files in this jar ({@code V1__task_log.sql}, …), applied in
 * order under an advisory lock so that sessions starting together apply each once.
 */
final class Schema {
    /** The newest version this code knows. */
    static final int LATEST = 1;
    private static final String[] FILES = {"V1__task_log.sql"};
    /** The advisory lock taken while the schema is checked or applied ("kairos" in ASCII). */
    private static final long LOCK = 0x6b6169726f73L;

    private Schema() {
    }

    /** Every version's SQL, in order, as a team that runs its own migrations applies it. */
    static String sql() {
        StringBuilder out = new StringBuilder();
        for (String f : FILES) {
            out.append("-- ").append(f).append('\n').append(file(f)).append('\n');
        }
        return out.toString();
    }

    /**
     * Checks the schema's version and, if {@code migrate}, brings it to {@link #LATEST}.
     *
     * @throws SchemaException when the database is at a newer version, or older and not to be migrated
     */
    static void check(Connection c, boolean migrate) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("select pg_advisory_xact_lock(" + LOCK + ")");
            int version = version(s);
            if (version > LATEST) {
                throw new SchemaException("the database's Kairos schema is at version " + version
                        + ", newer than this Kairos knows (up to " + LATEST + "): use a Kairos as new as the one "
                        + "that migrated it");
            }
            if (version < LATEST && !migrate) {
                throw new SchemaException("the database's Kairos schema is at version " + version + ", this Kairos "
                        + "needs " + LATEST + ": allow migration (migrate(true), or kairos run without --no-migrate), "
                        + "or apply the SQL of `kairos db schema` yourself");
            }
            for (int v = version + 1; v <= LATEST; v++) {
                s.execute(file(FILES[v - 1]));
                s.execute("insert into kairos_schema (version) values (" + v + ")");
            }
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        }
    }

    private static int version(Statement s) throws SQLException {
        try (ResultSet rs = s.executeQuery("select to_regclass('kairos_schema') is not null")) {
            rs.next();
            if (!rs.getBoolean(1)) {
                return 0;
            }
        }
        try (ResultSet rs = s.executeQuery("select coalesce(max(version), 0) from kairos_schema")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static String file(String name) {
        try (InputStream in = Schema.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the schema file " + name + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The database's schema cannot be used by this code. */
    static final class SchemaException extends SQLException {
        private static final long serialVersionUID = 1L;

        SchemaException(String message) {
            super(message);
        }
    }
}
