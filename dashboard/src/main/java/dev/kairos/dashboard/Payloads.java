package dev.kairos.dashboard;

import dev.kairos.condition.Action;
import dev.kairos.condition.Explanation;
import dev.kairos.condition.time.Durations;
import dev.kairos.view.RunView;
import dev.kairos.view.TaskView;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The JSON shapes of the API: tasks, explanations, records. */
final class Payloads {
    private Payloads() {
    }

    /**
     * The state a person reads: {@code running}, {@code queued}, {@code disabled}, {@code failing}
     * (idle, and its latest run failed or crashed) or {@code idle}.
     */
    static String state(TaskView t) {
        return switch (t.state()) {
            case RUNNING -> "running";
            case DISABLED -> "disabled";
            case QUEUED -> "queued";
            case IDLE -> t.lastOutcome() == Action.FAIL || t.lastOutcome() == Action.CRASH ? "failing" : "idle";
        };
    }

    /** A row of the tasks table. */
    static Map<String, Object> task(TaskView t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", t.name());
        m.put("state", state(t));
        m.put("start", t.definition().start());
        m.put("execution", t.execution().name().toLowerCase(Locale.ROOT));
        m.put("lastOutcome", t.lastOutcome() == null ? null : t.lastOutcome().code());
        m.put("lastOutcomeAt", t.lastOutcomeAt());
        m.put("failuresInARow", (long) t.failuresInARow());
        m.put("nextStart", t.nextStart());
        m.put("waitsFor", t.waitsFor());
        m.put("runs", t.runs().stream().map(Payloads::run).toList());
        return m;
    }

    /** A finished run of a task's history. */
    static Map<String, Object> run(RunHistory.Run r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("runId", r.runId());
        m.put("start", r.start());
        m.put("end", r.end());
        m.put("outcome", r.outcome().code());
        Duration runtime = Duration.between(r.start(), r.end());
        m.put("runtimeMs", runtime.isNegative() ? null : (Object) runtime.toMillis());
        m.put("runtimeText", runtime.isNegative() ? null : Durations.forPeople(runtime));
        return m;
    }

    static Map<String, Object> failure(RunHistory.Failure f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("runId", f.runId());
        m.put("end", f.end());
        m.put("outcome", f.outcome().code());
        m.put("message", f.message());
        m.put("exception", f.exception());
        return m;
    }

    private static Map<String, Object> run(RunView r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("runId", r.runId());
        m.put("start", r.start());
        m.put("deadline", r.deadline());
        m.put("terminated", r.terminated());
        return m;
    }

    static Map<String, Object> explanation(Explanation e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("condition", e.condition());
        m.put("value", e.value());
        m.put("reason", e.reason());
        m.put("nextChange", e.nextChange());
        m.put("parts", e.parts().stream().map(Payloads::explanation).toList());
        return m;
    }

    static Map<String, Object> record(RecordRing.Entry entry) {
        var r = entry.record();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("seq", entry.seq());
        m.put("created", r.created());
        m.put("task", r.task());
        m.put("action", r.action().code());
        m.put("runId", r.runId());
        m.put("start", r.start());
        m.put("end", r.end());
        m.put("runtimeText", r.runtime() == null ? null : Durations.forPeople(r.runtime()));
        m.put("message", r.message());
        m.put("exception", r.exception());
        return m;
    }

    static List<Map<String, Object>> records(List<RecordRing.Entry> entries) {
        return entries.stream().map(Payloads::record).toList();
    }

    static Map<String, Object> instants(List<Instant> instants) {
        return Map.of("nextStarts", List.copyOf(instants));
    }
}
