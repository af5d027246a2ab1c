package dev.kairos.dashboard;

import dev.kairos.Session;
import dev.kairos.log.TaskLog;
import java.net.InetSocketAddress;
import java.time.ZoneId;

/**
 * A web page over a running session: its tasks, live; why a task waits (its start condition
 * explained) and when it starts next; its runs over the last days, their durations and its latest
 * failures; every task's runs on a timeline; the task log as it grows. Served by the
 * JDK's HTTP server from static files in this jar; the page talks to a small JSON API and a stream of
 * server-sent events.
 *
 * <pre>{@code
 * Dashboard dashboard = Dashboard.start(session, DashboardOptions.builder().bind("127.0.0.1", 8080).build());
 * ...
 * dashboard.close();
 * }</pre>
 *
 * <p>Guarantees: it listens on loopback unless told otherwise, and refuses any other address without
 * credentials ({@link DashboardOptions.Builder#token}, {@link DashboardOptions.Builder#basicAuth});
 * with credentials, every request without them is refused (401); every action (run now, with
 * parameters or without, enable, disable, terminate the runs in progress) is a POST that must carry
 * the page's CSRF token (403 otherwise) and is refused in read-only mode; every value is shown as
 * text. It never blocks the session thread: records reach
 * it through a listener that only hands them to its own thread.
 *
 * <p>Not guaranteed: the page shows the records seen since the dashboard started and the history
 * read at start from the session's task log (or the options' {@code taskLog}), at most the latest 10,000, and per task the latest 1,000 finished
 * runs and 5 failures with their stack traces; it speaks plain HTTP (put a TLS proxy
 * in front of it on a network); the listener it adds to the session stays attached after
 * {@link #close()}, doing nothing.
 */
public interface Dashboard extends AutoCloseable {

    /**
     * Starts a dashboard over {@code session} (started or not) and returns once it listens.
     *
     * @throws IllegalArgumentException if the address is not a loopback one and neither a token nor
     *                                  basic auth is set, or the host cannot be resolved
     * @throws java.io.UncheckedIOException if the address cannot be bound (in use, say)
     */
    static Dashboard start(Session session, DashboardOptions options) {
        return HttpDashboard.start(session, options);
    }

    /**
     * Starts a read-only dashboard over a task log alone, with no session: to browse a log's history
     * (and follow it as a session elsewhere writes it). Its tasks are the names the records carry,
     * their state what the records say (running while a run has no finish, failing after a failure,
     * else idle); there are no conditions to explain and no actions. Its pages end at the latest
     * record, so a log nothing writes any more still shows its last days. The log is polled twice a
     * second; records that cannot be read are logged and skipped.
     *
     * @param zone the zone its times are shown in
     * @throws IllegalArgumentException as {@link #start}, or if the options name a task log too, or
     *                                  the log cannot be followed
     * @throws java.io.UncheckedIOException if the address cannot be bound or the log cannot be read
     */
    static Dashboard browse(TaskLog log, ZoneId zone, DashboardOptions options) {
        return HttpDashboard.browse(log, zone, options);
    }

    /** The address it listens on (the port chosen when the options asked for port 0). */
    InetSocketAddress address();

    /** Stops listening and ends the open event streams; idempotent. The session is not touched. */
    @Override
    void close();
}
