package dev.kairos.dashboard;

import com.sun.net.httpserver.HttpServer;
import dev.kairos.Session;
import dev.kairos.log.LogTail;
import dev.kairos.log.TaskLog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The dashboard on the JDK's HTTP server: a bounded pool of request threads, one feed, over a session or a log. */
final class HttpDashboard implements Dashboard {
    private static final Logger LOG = LoggerFactory.getLogger(HttpDashboard.class);
    // Each open event stream holds a thread: room for all of them and for the other requests.
    private static final int THREADS = EventStream.MAX_STREAMS + 8;
    private static final String NODELAY = "sun.net.httpserver.nodelay";
    /** How often a dashboard over a log alone looks for new records. */
    private static final Duration FOLLOW_EVERY = Duration.ofMillis(500);

    private final HttpServer server;
    private final ExecutorService threads;
    private final Feed feed;
    private final AtomicBoolean closed = new AtomicBoolean();

    private HttpDashboard(HttpServer server, ExecutorService threads, Feed feed) {
        this.server = server;
        this.threads = threads;
        this.feed = feed;
    }

    static Dashboard start(Session session, DashboardOptions options) {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(options, "options");
        InetAddress address = address(options);
        LogTail history = options.taskLog().map(log -> {
            try {
                return log.follow(session.zone());
            } catch (UnsupportedOperationException e) {
                throw new IllegalArgumentException("the dashboard cannot read the history of " + log
                        + ": it cannot be followed; leave taskLog out", e);
            }
        }).orElseGet(() -> ownHistory(session));
        HttpServer server = bind(address, options);
        Feed feed = new Feed();
        session.addListener(feed);
        try {
            feed.start(history);
        } catch (IOException e) {
            server.stop(0);
            feed.close();
            throw new UncheckedIOException("the dashboard cannot read the history of " + options.taskLog()
                    .orElse(session.taskLog())
                    + ": " + e.getMessage(), e);
        }
        Guard guard = new Guard(options, address);
        return serve(server, feed, guard, new SessionApi(session, feed, guard, options.readOnly()), options.readOnly(),
                new Nodes(options.taskLog().orElse(session.taskLog())), options);
    }

    static Dashboard browse(TaskLog log, ZoneId zone, DashboardOptions options) {
        Objects.requireNonNull(log, "log");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(options, "options");
        if (options.taskLog().isPresent()) {
            throw new IllegalArgumentException("a dashboard over a task log reads the log it is given; leave the "
                    + "options' taskLog out");
        }
        InetAddress address = address(options);
        LogTail tail;
        try {
            tail = log.follow(zone);
        } catch (UnsupportedOperationException e) {
            throw new IllegalArgumentException("the dashboard cannot read " + log + ": it cannot be followed", e);
        }
        HttpServer server = bind(address, options);
        Feed feed = new Feed();
        try {
            feed.follow(tail, FOLLOW_EVERY);
        } catch (IOException e) {
            server.stop(0);
            feed.close();
            throw new UncheckedIOException("the dashboard cannot read " + log + ": " + e.getMessage(), e);
        }
        Guard guard = new Guard(options, address);
        return serve(server, feed, guard, new LogApi(feed, zone, Clock.systemUTC(), guard, log.toString()), true,
                new Nodes(log), options);
    }

    /** A tail of the session's own log, or null when it cannot be followed (then only new records are shown). */
    private static LogTail ownHistory(Session session) {
        try {
            return session.taskLog().follow(session.zone());
        } catch (UnsupportedOperationException e) {
            return null;
        }
    }

    private static Dashboard serve(HttpServer server, Feed feed, Guard guard, Api api, boolean readOnly, Nodes nodes,
            DashboardOptions options) {
        server.createContext("/", new Router(guard, api, new EventStream(feed), new StaticFiles(), readOnly, nodes));
        ExecutorService threads = Executors.newFixedThreadPool(THREADS, daemonThreads());
        server.setExecutor(threads);
        server.start();
        HttpDashboard dashboard = new HttpDashboard(server, threads, feed);
        LOG.info("dashboard on http://{} ({})", hostPort(dashboard.address()), options);
        return dashboard;
    }

    /** The address to listen on; refused when it is not loopback and the options have no credentials. */
    private static InetAddress address(DashboardOptions options) {
        InetAddress address = resolve(options.host());
        if (!address.isLoopbackAddress() && !options.hasCredentials()) {
            throw new IllegalArgumentException("the dashboard would listen on " + options.host() + " ("
                    + address.getHostAddress() + "), which is not a loopback address, without credentials: "
                    + "set a token or basic auth (read from a file or the environment), or bind to 127.0.0.1");
        }
        return address;
    }

    private static HttpServer bind(InetAddress address, DashboardOptions options) {
        // Headers and body go out as two writes; without TCP_NODELAY the second waits for the
        // client's delayed acknowledgement (40 ms a file). Read once, when the JDK's server is first used.
        if (System.getProperty(NODELAY) == null) {
            System.setProperty(NODELAY, "true");
        }
        try {
            return HttpServer.create(new InetSocketAddress(address, options.port()), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("the dashboard cannot listen on " + options.host() + ":" + options.port()
                    + ": " + e.getMessage(), e);
        }
    }

    @Override
    public InetSocketAddress address() {
        return server.getAddress();
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            feed.close();
            server.stop(0);
            threads.shutdownNow();
        }
    }

    private static InetAddress resolve(String host) {
        try {
            return InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("the dashboard's host '" + host + "' cannot be resolved; give a "
                    + "host name or an address such as 127.0.0.1", e);
        }
    }

    private static String hostPort(InetSocketAddress a) {
        String h = a.getAddress().getHostAddress();
        return (h.contains(":") ? "[" + h + "]" : h) + ":" + a.getPort();
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "kairos-dashboard-http-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
