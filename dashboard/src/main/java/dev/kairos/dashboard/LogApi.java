package dev.kairos.dashboard;

import com.sun.net.httpserver.HttpExchange;
import dev.kairos.condition.Action;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The API over a task log alone, read-only: the tasks are the names its records carry, their state
 * what the records say (running while a run has no finish, failing after a failure), with no
 * conditions and no actions. Its "now" is the latest record's instant, or the clock's when it is
 * later, so that the history of a log nothing writes any more is still shown over its last days.
 */
final class LogApi extends Api {
    private final ZoneId zone;
    private final Clock clock;
    private final Guard guard;
    private final String source;

    LogApi(Feed feed, ZoneId zone, Clock clock, Guard guard, String source) {
        super(feed);
        this.zone = zone;
        this.clock = clock;
        this.guard = guard;
        this.source = source;
    }

    /** The clock's instant, or the latest record's if the log is ahead of it. */
    private Instant now() {
        Instant latest = feed.runs().latest();
        Instant now = clock.instant();
        return latest != null && latest.isAfter(now) ? latest : now;
    }

    /** The instant the page's windows end at: the latest record's, or now for an empty log. */
    private Instant end() {
        Instant latest = feed.runs().latest();
        return latest == null ? clock.instant() : latest;
    }

    @Override
    Map<String, Object> session() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("csrf", guard.csrf());
        m.put("readOnly", true);
        m.put("logOnly", true);
        m.put("source", source);
        m.put("zone", zone.getId());
        m.put("now", now());
        m.put("state", "log");
        m.put("taskLogFailing", false);
        m.put("failure", null);
        m.put("lastSeq", feed.ring().lastSeq());
        m.put("dropped", feed.dropped());
        return m;
    }

    @Override
    Map<String, Object> tasks() {
        List<Map<String, Object>> rows = feed.runs().summaries().stream().map(LogApi::row).toList();
        return Map.of("now", end(), "tasks", rows);
    }

    @Override
    Optional<Map<String, Object>> task(String name, int days) {
        RunHistory.Summary s = feed.runs().summary(name);
        if (s == null) {
            return Optional.empty();
        }
        Instant end = end();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("task", row(s));
        m.put("explanation", null);
        m.put("nextStarts", List.of());
        m.put("now", end);
        m.put("history", history(name, end, days));
        return Optional.of(m);
    }

    @Override
    void act(HttpExchange ex, String name, String action) throws IOException {
        Replies.error(ex, 403, "the dashboard is read-only: it shows a task log, with no session to act on");
    }

    private static Map<String, Object> row(RunHistory.Summary s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", s.task());
        boolean failed = s.lastOutcome() == Action.FAIL || s.lastOutcome() == Action.CRASH;
        m.put("state", !s.open().isEmpty() ? "running" : failed ? "failing" : "idle");
        m.put("start", null);
        m.put("execution", null);
        m.put("lastOutcome", s.lastOutcome() == null ? null : s.lastOutcome().code());
        m.put("lastOutcomeAt", s.lastOutcomeAt());
        m.put("failuresInARow", (long) s.failuresInARow());
        m.put("nextStart", null);
        m.put("waitsFor", null);
        m.put("runs", s.open().entrySet().stream().map(e -> {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("runId", e.getKey().isEmpty() ? null : e.getKey());
            r.put("start", e.getValue());
            r.put("deadline", null);
            r.put("terminated", false);
            return r;
        }).toList());
        return m;
    }
}
