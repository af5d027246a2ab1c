package dev.kairos.dashboard;

import com.sun.net.httpserver.HttpServer;
import dev.kairos.Session;
import dev.kairos.log.LogTail;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The dashboard on the JDK's HTTP server: a bounded pool of request threads, one feed. */
final class HttpDashboard implements Dashboard {
    private static final Logger LOG = LoggerFactory.getLogger(HttpDashboard.class);
    // Each open event stream holds a thread: room for all of them and for the other requests.
    private static final int THREADS = EventStream.MAX_STREAMS + 8;
    private static final String NODELAY = "sun.net.httpserver.nodelay";

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
        InetAddress address = resolve(options.host());
        if (!address.isLoopbackAddress() && !options.hasCredentials()) {
            throw new IllegalArgumentException("the dashboard would listen on " + options.host() + " ("
                    + address.getHostAddress() + "), which is not a loopback address, without credentials: "
                    + "set a token or basic auth (read from a file or the environment), or bind to 127.0.0.1");
        }
        LogTail history = options.taskLog().map(log -> {
            try {
                return log.follow(session.zone());
            } catch (UnsupportedOperationException e) {
                throw new IllegalArgumentException("the dashboard cannot read the history of " + log
                        + ": it cannot be followed; leave taskLog out", e);
            }
        }).orElse(null);
        Feed feed = new Feed();
        session.addListener(feed);
        HttpServer server;
        try {
            feed.start(history);
            // Headers and body go out as two writes; without TCP_NODELAY the second waits for the
            // client's delayed acknowledgement (40 ms a file). Read once, when the JDK's server is first used.
            if (System.getProperty(NODELAY) == null) {
                System.setProperty(NODELAY, "true");
            }
            server = HttpServer.create(new InetSocketAddress(address, options.port()), 0);
        } catch (IOException e) {
            feed.close();
            throw new UncheckedIOException("the dashboard cannot listen on " + options.host() + ":" + options.port()
                    + ": " + e.getMessage(), e);
        }
        Guard guard = new Guard(options, address);
        Api api = new Api(session, feed, guard, options.readOnly());
        server.createContext("/", new Router(guard, api, new EventStream(feed), new StaticFiles(), options.readOnly()));
        ExecutorService threads = Executors.newFixedThreadPool(THREADS, daemonThreads());
        server.setExecutor(threads);
        server.start();
        HttpDashboard dashboard = new HttpDashboard(server, threads, feed);
        LOG.info("dashboard on http://{} ({})", hostPort(dashboard.address()), options);
        return dashboard;
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
