package dev.kairos.dashboard;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every request: security headers, then the Host and the credentials, then the route. Reads are GETs;
 * actions are POSTs with the CSRF token, refused in read-only mode.
 *
 * <pre>
 * GET  /, /app.js, /app.css, /favicon.svg   the page
 * GET  /api/session                         csrf token, read-only, zone, now, state
 * GET  /api/tasks                           every task (a row of the table)
 * GET  /api/tasks/{name}?days=N             one task, its explanation, next starts, runs and failures
 * GET  /api/records?after=N                 the records seen after sequence number N
 * GET  /api/nodes?runs=ID,ID,…              the node that started each run (a shared task log)
 * GET  /api/events?after=N                  server-sent events: record, changed
 * POST /api/tasks/{name}/run|enable|disable|terminate
 *                                           an action (header X-CSRF-Token); run takes parameters
 *                                           as a form-encoded body
 * </pre>
 */
final class Router implements HttpHandler {
    private static final Logger LOG = LoggerFactory.getLogger(Router.class);
    private static final int MAX_DAYS = 31;
    private final Guard guard;
    private final Api api;
    private final EventStream events;
    private final StaticFiles files;
    private final boolean readOnly;
    private final Nodes nodes;

    Router(Guard guard, Api api, EventStream events, StaticFiles files, boolean readOnly, Nodes nodes) {
        this.nodes = nodes;
        this.guard = guard;
        this.api = api;
        this.events = events;
        this.files = files;
        this.readOnly = readOnly;
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        try {
            Replies.secure(ex);
            if (!guard.hostAllowed(ex)) {
                Replies.error(ex, 403, "this dashboard answers to localhost and loopback addresses only");
            } else if (!guard.authorized(ex)) {
                ex.getResponseHeaders().set("WWW-Authenticate", guard.challenge());
                Replies.error(ex, 401, "credentials required");
            } else {
                route(ex);
            }
        } catch (IllegalStateException e) {
            // The view's questions fail when the session thread does not answer (a MAIN run holds it).
            LOG.warn("dashboard: {} {}: {}", ex.getRequestMethod(), ex.getRequestURI().getRawPath(), e.toString());
            Replies.error(ex, 503, "the session did not answer: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ex.close();
        } catch (IOException e) {
            ex.close(); // the page went away
        } catch (IllegalArgumentException e) {
            Replies.error(ex, 400, e.getMessage());
        } catch (RuntimeException e) {
            LOG.warn("dashboard: {} {} failed", ex.getRequestMethod(), ex.getRequestURI().getRawPath(), e);
            Replies.error(ex, 500, "internal error: " + e);
        }
    }

    private void route(HttpExchange ex) throws IOException, InterruptedException {
        String method = ex.getRequestMethod();
        String path = ex.getRequestURI().getRawPath();
        String[] parts = path.split("/", -1);
        if (!path.startsWith("/api/")) {
            Optional<StaticFiles.File> file = files.get(path);
            if (file.isEmpty()) {
                Replies.error(ex, 404, "not found: " + path);
            } else if (isRead(ex)) {
                Replies.send(ex, 200, file.get().type(), file.get().body());
            }
        } else if (parts.length == 5 && parts[2].equals("tasks")) {
            action(ex, method, decode(parts[3]), parts[4]);
        } else if (!isRead(ex)) {
            return;
        } else if (path.equals("/api/session")) {
            Map<String, Object> session = new LinkedHashMap<>(api.session());
            session.put("shared", nodes.shared());
            Replies.json(ex, 200, session);
        } else if (path.equals("/api/nodes")) {
            nodes(ex);
        } else if (path.equals("/api/tasks")) {
            Replies.json(ex, 200, api.tasks());
        } else if (parts.length == 4 && parts[2].equals("tasks")) {
            String name = decode(parts[3]);
            Optional<?> task = api.task(name, days(ex));
            if (task.isPresent()) {
                Replies.json(ex, 200, task.get());
            } else {
                Replies.error(ex, 404, "no task named '" + name + "'");
            }
        } else if (path.equals("/api/records")) {
            Replies.json(ex, 200, api.records(after(ex)));
        } else if (path.equals("/api/events")) {
            events.serve(ex, after(ex));
        } else {
            Replies.error(ex, 404, "not found: " + path);
        }
    }

    private void nodes(HttpExchange ex) throws IOException {
        String query = ex.getRequestURI().getRawQuery();
        String value = query != null && query.startsWith("runs=") ? decode(query.substring(5)) : "";
        List<String> ids = Arrays.stream(value.split(",")).map(String::strip).filter(id -> !id.isEmpty()).toList();
        try {
            Replies.json(ex, 200, Map.of("nodes", nodes.of(ids)));
        } catch (UncheckedIOException e) {
            Replies.error(ex, 503, "the task log cannot be read now: " + e.getCause().getMessage());
        }
    }

    private void action(HttpExchange ex, String method, String task, String action) throws IOException {
        if (!method.equals("POST")) {
            ex.getResponseHeaders().set("Allow", "POST");
            Replies.error(ex, 405, "an action is a POST");
        } else if (!guard.csrfValid(ex)) {
            Replies.error(ex, 403, "missing or wrong " + Guard.CSRF_HEADER + " header (GET /api/session gives it)");
        } else if (readOnly) {
            Replies.error(ex, 403, "the dashboard is read-only");
        } else {
            api.act(ex, task, action);
        }
    }

    private static boolean isRead(HttpExchange ex) throws IOException {
        String m = ex.getRequestMethod();
        if (m.equals("GET") || m.equals("HEAD")) {
            return true;
        }
        ex.getResponseHeaders().set("Allow", "GET, HEAD");
        Replies.error(ex, 405, m + " is not accepted here");
        return false;
    }

    /** The sequence number to start after: {@code Last-Event-ID} (a reconnecting stream), else {@code ?after=}. */
    private static long after(HttpExchange ex) {
        String last = ex.getRequestHeaders().getFirst("Last-Event-ID");
        String query = ex.getRequestURI().getRawQuery();
        String value = last != null ? last : query != null && query.startsWith("after=") ? query.substring(6) : "0";
        try {
            return Math.max(0, Long.parseLong(value.strip()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The {@code days} of a task's history asked for: 1 to {@value #MAX_DAYS}, 7 when not given. */
    private static int days(HttpExchange ex) {
        String query = ex.getRequestURI().getRawQuery();
        if (query == null || !query.startsWith("days=")) {
            return 7;
        }
        String value = query.substring(5);
        try {
            int days = Integer.parseInt(value);
            if (days >= 1 && days <= MAX_DAYS) {
                return days;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IllegalArgumentException("days is '" + value + "'; accepted: a whole number from 1 to " + MAX_DAYS);
    }

    private static String decode(String segment) {
        return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
