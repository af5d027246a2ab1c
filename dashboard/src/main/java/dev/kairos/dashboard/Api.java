package dev.kairos.dashboard;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The JSON API the page reads: the session (or the log), the tasks, one task, the records, and the
 * actions. Two kinds: over a session ({@link SessionApi}) and over a task log alone ({@link LogApi}).
 * The records and each task's runs come from the {@link Feed} either way.
 */
abstract class Api {
    final Feed feed;

    Api(Feed feed) {
        this.feed = feed;
    }

    /** What the page needs first: the CSRF token, whether it may act, the zone, now. */
    abstract Map<String, Object> session();

    /** Every task, a row of the table each. */
    abstract Map<String, Object> tasks();

    /** One task and its runs over the last {@code days}, if there is such a task. */
    abstract Optional<Map<String, Object>> task(String name, int days);

    /** Does an action; the caller has checked the method, the CSRF token and read-only mode. */
    abstract void act(HttpExchange ex, String name, String action) throws IOException;

    final Map<String, Object> records(long after) {
        List<RecordRing.Entry> entries = feed.ring().after(after);
        return Map.of("records", Payloads.records(entries), "lastSeq",
                entries.isEmpty() ? Math.max(after, 0) : entries.get(entries.size() - 1).seq());
    }

    /** The task's kept runs that ended in the last {@code days} before {@code now}, and its latest failures. */
    final Map<String, Object> history(String name, Instant now, int days) {
        Instant from = now.minus(Duration.ofDays(days));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("days", (long) days);
        m.put("from", from);
        m.put("kept", (long) RunHistory.RUNS);
        m.put("runs", feed.runs().runs(name, from).stream().map(Payloads::run).toList());
        m.put("failures", feed.runs().failures(name).stream().map(Payloads::failure).toList());
        return m;
    }
}
