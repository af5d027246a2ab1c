package dev.kairos.dashboard;

import com.sun.net.httpserver.HttpExchange;
import dev.kairos.Session;
import dev.kairos.condition.Explanation;
import dev.kairos.view.SessionView;
import dev.kairos.view.TaskView;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The API over a session: its tasks as the session sees them, one task explained, and the actions.
 * Called on the HTTP threads, which may wait for the session thread's answer (never the other way
 * round).
 */
final class SessionApi extends Api {
    private static final int NEXT_STARTS = 5;
    /** How long a tasks answer is given again to other pages while nothing changed (next starts may pass). */
    private static final long FRESH_NANOS = 1_000_000_000L;
    private final Session session;
    private final SessionView view;
    private final Guard guard;
    private final boolean readOnly;
    private volatile Answer lastTasks;

    /** A tasks answer, made when the feed's changes stood at {@code changes}. */
    private record Answer(long changes, long madeAt, Map<String, Object> body) {
    }

    SessionApi(Session session, Feed feed, Guard guard, boolean readOnly) {
        super(feed);
        this.session = session;
        this.view = session.view();
        this.guard = guard;
        this.readOnly = readOnly;
    }

    @Override
    Map<String, Object> session() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("csrf", guard.csrf());
        m.put("readOnly", readOnly);
        m.put("logOnly", false);
        m.put("zone", view.zone().getId());
        m.put("now", view.now());
        m.put("state", view.state().name().toLowerCase(java.util.Locale.ROOT));
        m.put("taskLogFailing", view.taskLogFailing());
        m.put("failure", view.failure().map(Throwable::toString).orElse(null));
        m.put("lastSeq", feed.ring().lastSeq());
        m.put("dropped", feed.dropped());
        return m;
    }

    /**
     * Every task (one answer of the session thread), or the latest such answer while nothing changed
     * since and it is under a second old, so that several pages refreshed by the same record cost the
     * session thread one answer.
     */
    @Override
    Map<String, Object> tasks() {
        long changes = feed.changes();
        long now = System.nanoTime();
        Answer last = lastTasks;
        if (last != null && last.changes() == changes && now - last.madeAt() < FRESH_NANOS) {
            return last.body();
        }
        Map<String, Object> body = freshTasks();
        lastTasks = new Answer(changes, now, body);
        return body;
    }

    private Map<String, Object> freshTasks() {
        List<Map<String, Object>> rows = view.tasks().stream().map(Payloads::task).toList();
        return Map.of("now", view.now(), "tasks", rows);
    }

    /** One task: its row, its condition explained, its next starts, and its runs and failures over the last {@code days}. */
    @Override
    Optional<Map<String, Object>> task(String name, int days) {
        return view.task(name).map(t -> {
            Optional<Explanation> e = t.definition().start() == null ? Optional.empty() : view.explain(name);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("task", Payloads.task(t));
            m.put("explanation", e.map(Payloads::explanation).orElse(null));
            m.put("nextStarts", t.definition().start() == null ? List.of() : view.nextStarts(name, NEXT_STARTS));
            m.put("now", view.now());
            m.put("history", history(name, view.now(), days));
            return m;
        });
    }

    /**
     * Does an action; the caller has checked the method, the CSRF token and read-only mode. A run may
     * carry parameters: the body, form-encoded ({@code name=value&…}), values as text.
     */
    @Override
    void act(HttpExchange ex, String name, String action) throws IOException {
        if (!session.taskNames().contains(name)) {
            Replies.error(ex, 404, "no task named '" + name + "'");
            return;
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("task", name);
        answer.put("action", action);
        switch (action) {
            case "run" -> {
                Map<String, String> parameters = Forms.read(ex);
                session.runNow(name, parameters);
                answer.put("parameters", parameters);
            }
            case "enable" -> session.setEnabled(name, true);
            case "disable" -> session.setEnabled(name, false);
            case "terminate" -> {
                answer.put("running", view.task(name).map(t -> !t.runs().isEmpty()).orElse(false));
                session.terminate(name);
            }
            default -> {
                Replies.error(ex, 404, "unknown action '" + action + "'; accepted: run, enable, disable, terminate");
                return;
            }
        }
        answer.put("accepted", true);
        feed.changed();
        Replies.json(ex, 202, answer);
    }
}
