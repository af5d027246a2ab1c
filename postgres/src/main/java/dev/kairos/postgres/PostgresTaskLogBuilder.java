package dev.kairos.postgres;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Objects;
import javax.sql.DataSource;

/** The options of a {@link PostgresTaskLog}; each setter checks its value. */
public final class PostgresTaskLogBuilder {
    final DataSource source;
    String node = defaultNodeName();
    Duration heartbeat = Duration.ofSeconds(2);
    Duration deadAfter = Duration.ofSeconds(20);
    Duration poll = Duration.ofSeconds(1);
    boolean migrate;

    PostgresTaskLogBuilder(DataSource source) {
        this.source = Objects.requireNonNull(source, "dataSource");
    }

    /** This session's name in the log (host and process id by default); for people, need not be unique. */
    public PostgresTaskLogBuilder node(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("node name must not be blank, was '" + name + "'");
        }
        this.node = name;
        return this;
    }

    /** How often the session renews its heartbeat; default 2 s, at most a third of {@link #deadAfter}. */
    public PostgresTaskLogBuilder heartbeat(Duration every) {
        positive("heartbeat", every);
        if (every.multipliedBy(3).compareTo(deadAfter) > 0) {
            throw new IllegalArgumentException("heartbeat must be at most a third of deadAfter (" + deadAfter
                    + "), was " + every);
        }
        this.heartbeat = every;
        return this;
    }

    /**
     * How long a session may go without a heartbeat before another records its open runs as
     * crashed (default 20 s; they are then recorded within this plus one heartbeat); a session
     * fences itself after half of it. At least three heartbeats.
     */
    public PostgresTaskLogBuilder deadAfter(Duration after) {
        positive("deadAfter", after);
        if (heartbeat.multipliedBy(3).compareTo(after) > 0) {
            throw new IllegalArgumentException("deadAfter must be at least three heartbeats (" + heartbeat
                    + " each), was " + after);
        }
        this.deadAfter = after;
        return this;
    }

    /** How often others' records are read when no notification came (default 1 s). */
    public PostgresTaskLogBuilder poll(Duration every) {
        positive("poll", every);
        this.poll = every;
        return this;
    }

    /**
     * Whether the log may create or upgrade its tables at start, under an advisory lock (default
     * false: a database without them, or at an older version, is refused with a message that says
     * what to do). A database at a newer version than this code is refused either way.
     */
    public PostgresTaskLogBuilder migrate(boolean allowed) {
        this.migrate = allowed;
        return this;
    }

    /** The log, not open yet: a session opens it at start. */
    public PostgresTaskLog build() {
        return new PostgresTaskLog(this);
    }

    private static void positive(String what, Duration d) {
        if (d == null || d.isNegative() || d.isZero() || d.toMillis() == 0) {
            throw new IllegalArgumentException(what + " must be at least 1 ms, was " + d);
        }
    }

    private static String defaultNodeName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "localhost";
        }
        return host + "/" + ProcessHandle.current().pid();
    }
}
