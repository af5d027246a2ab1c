package dev.kairos.dashboard;

import dev.kairos.log.TaskLog;
import java.util.Objects;
import java.util.Optional;

/**
 * How a {@link Dashboard} listens and whom it lets in. Immutable; make one with {@link #builder()}.
 * The defaults: {@code 127.0.0.1:8080}, no credentials, actions allowed, no history read at start.
 */
public final class DashboardOptions {
    private final String host;
    private final int port;
    private final String token;
    private final String user;
    private final String password;
    private final boolean readOnly;
    private final TaskLog taskLog;

    private DashboardOptions(Builder b) {
        this.host = b.host;
        this.port = b.port;
        this.token = b.token;
        this.user = b.user;
        this.password = b.password;
        this.readOnly = b.readOnly;
        this.taskLog = b.taskLog;
    }

    /** A builder with the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** The defaults: {@code 127.0.0.1:8080}, no credentials, actions allowed. */
    public static DashboardOptions defaults() {
        return builder().build();
    }

    /** The host name or address to listen on. */
    public String host() {
        return host;
    }

    /** The port to listen on; 0 for any free one. */
    public int port() {
        return port;
    }

    /** The access token requests must carry ({@code Authorization: Bearer …}), if one is set. */
    public Optional<String> token() {
        return Optional.ofNullable(token);
    }

    /** The basic-auth user, if basic auth is set. */
    public Optional<String> user() {
        return Optional.ofNullable(user);
    }

    /** The basic-auth password, if basic auth is set. */
    public Optional<String> password() {
        return Optional.ofNullable(password);
    }

    /** Whether requests must carry credentials. */
    public boolean hasCredentials() {
        return token != null || user != null;
    }

    /** Whether actions (run now, enable, disable, terminate) are refused and hidden. */
    public boolean readOnly() {
        return readOnly;
    }

    /** The task log whose history is read at start, if one is set. */
    public Optional<TaskLog> taskLog() {
        return Optional.ofNullable(taskLog);
    }

    /** The options, without the secrets. */
    @Override
    public String toString() {
        return "DashboardOptions[bind=" + host + ":" + port + ", auth="
                + (token != null ? "token" : user != null ? "basic(" + user + ")" : "none")
                + ", readOnly=" + readOnly + ", taskLog=" + (taskLog != null) + "]";
    }

    /** Sets the options one by one; each setter rejects a bad value at once. */
    public static final class Builder {
        private static final int MIN_SECRET = 16;
        private String host = "127.0.0.1";
        private int port = 8080;
        private String token;
        private String user;
        private String password;
        private boolean readOnly;
        private TaskLog taskLog;

        private Builder() {
        }

        /**
         * Where to listen. A host other than a loopback one needs a token or basic auth.
         *
         * @param host a host name or address, e.g. {@code 127.0.0.1}, {@code ::1}, {@code 0.0.0.0}
         * @param port 1 to 65535, or 0 for any free port
         * @throws IllegalArgumentException for a blank host or a port out of range
         */
        public Builder bind(String host, int port) {
            Objects.requireNonNull(host, "host");
            if (host.isBlank()) {
                throw new IllegalArgumentException("host must not be blank; give e.g. 127.0.0.1");
            }
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be 0 (any free port) to 65535, was " + port);
            }
            this.host = host.strip();
            this.port = port;
            return this;
        }

        /**
         * An access token every request must carry as {@code Authorization: Bearer <token>} (for
         * scripts and for a proxy that adds it; a browser used directly is better served by
         * {@link #basicAuth}). Read it from a file or the environment, never from the command line,
         * where other users of the machine see it.
         *
         * @throws IllegalArgumentException if shorter than 16 characters, with white space or control
         *                                  characters, or basic auth is set already
         */
        public Builder token(String token) {
            Objects.requireNonNull(token, "token");
            requireSecret("token", token);
            if (user != null) {
                throw new IllegalArgumentException("token and basicAuth are alternatives: basic auth is set already");
            }
            this.token = token;
            return this;
        }

        /**
         * A user and password every request must carry by HTTP basic auth (the browser asks for them).
         * Read the password from a file or the environment, never from the command line.
         *
         * @throws IllegalArgumentException for a blank user or one with ':', a password shorter than
         *                                  16 characters or with control characters, or a token set
         *                                  already
         */
        public Builder basicAuth(String user, String password) {
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(password, "password");
            if (user.isBlank() || user.contains(":") || user.chars().anyMatch(Character::isISOControl)) {
                throw new IllegalArgumentException("user must be non-blank, without ':' or control characters, was '"
                        + user + "'");
            }
            if (password.length() < MIN_SECRET || password.chars().anyMatch(Character::isISOControl)) {
                throw new IllegalArgumentException("password must be at least " + MIN_SECRET
                        + " characters without control characters, was " + password.length() + " characters");
            }
            if (token != null) {
                throw new IllegalArgumentException("token and basicAuth are alternatives: a token is set already");
            }
            this.user = user;
            this.password = password;
            return this;
        }

        /** Whether actions are refused (403) and their buttons hidden; {@code false} by default. */
        public Builder readOnly(boolean readOnly) {
            this.readOnly = readOnly;
            return this;
        }

        /**
         * A task log whose history (its latest 10,000 records) the dashboard reads once at start, so
         * that runs from before it started are shown. Without it, the session's own log
         * ({@link dev.kairos.Session#taskLog}) is read, if it can be followed.
         *
         * <p>{@link Dashboard#start} throws {@code IllegalArgumentException} if this log cannot be
         * followed ({@link TaskLog#follow}).
         */
        public Builder taskLog(TaskLog taskLog) {
            Objects.requireNonNull(taskLog, "taskLog");
            this.taskLog = taskLog;
            return this;
        }

        /** The options. */
        public DashboardOptions build() {
            return new DashboardOptions(this);
        }

        private static void requireSecret(String what, String secret) {
            if (secret.length() < MIN_SECRET) {
                throw new IllegalArgumentException(what + " must be at least " + MIN_SECRET + " characters, was "
                        + secret.length());
            }
            if (secret.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
                throw new IllegalArgumentException(what + " must not contain white space or control characters");
            }
        }
    }
}
