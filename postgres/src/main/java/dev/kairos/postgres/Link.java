package dev.kairos.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.Executor;
import javax.sql.DataSource;

/**
 * One connection of the log, held open and opened again after a failure. Not thread-safe: each
 * user of the log (writer, reader, heartbeat) has its own. A link whose every transaction is one
 * statement commits each by itself (one round trip instead of two); the others commit themselves.
 */
final class Link implements AutoCloseable {
    private static final Executor DIRECT = Runnable::run;

    private final DataSource source;
    private final int timeoutMillis;
    private final boolean autoCommit;
    private Connection connection;

    /** A link whose users commit their transactions themselves. */
    Link(DataSource source, int timeoutMillis) {
        this(source, timeoutMillis, false);
    }

    /**
     * @param timeoutMillis how long a call may wait for the server before it fails
     * @param autoCommit    whether each statement is a transaction of its own
     */
    Link(DataSource source, int timeoutMillis, boolean autoCommit) {
        this.source = source;
        this.timeoutMillis = timeoutMillis;
        this.autoCommit = autoCommit;
    }

    /** The open connection, opening one if needed. */
    Connection get() throws SQLException {
        if (connection == null) {
            Connection c = source.getConnection();
            try {
                c.setAutoCommit(autoCommit);
                c.setNetworkTimeout(DIRECT, timeoutMillis);
            } catch (SQLException | RuntimeException e) {
                c.close();
                throw e;
            }
            connection = c;
        }
        return connection;
    }

    /** After a failure: rolls back what it can and lets the connection go, so the next call opens a new one. */
    void reset() {
        if (connection != null) {
            try {
                if (!autoCommit) {
                    connection.rollback();
                }
            } catch (SQLException ignored) {
                // the connection is broken; closing it is all that is left
            }
            close();
        }
    }

    @Override
    public void close() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // nothing to keep: the connection is gone either way
            }
            connection = null;
        }
    }
}
