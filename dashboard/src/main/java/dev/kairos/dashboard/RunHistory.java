package dev.kairos.dashboard;

import dev.kairos.condition.Action;
import dev.kairos.log.LogRecord;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Each task's latest finished runs (when, how long, how they ended) and its latest failures with
 * their message and exception, from the history read at start and the records that come after: what
 * a task's page draws over the last days; and, for a dashboard over a log alone, each task's latest
 * outcome and runs not finished. Compact: about 25 bytes a run, at most {@link #RUNS} runs and
 * {@link #FAILURES} failures a task. Thread-safe.
 */
final class RunHistory {
    /** The runs kept per task (a task that runs every minute: the last 16 hours). */
    static final int RUNS = 1_000;
    /** The failures kept per task, with message and exception. */
    static final int FAILURES = 5;
    /** The runs kept open per task (a session that died leaves its runs open until a crash record comes). */
    static final int OPEN = 100;
    private static final Action[] ACTIONS = Action.values();

    /** A finished run: its id (null if it had none), start and end (to the millisecond), and outcome. */
    record Run(String runId, Instant start, Instant end, Action outcome) {
    }

    /** A run that failed, crashed or was terminated: what its finish record said. */
    record Failure(String runId, Instant end, Action outcome, String message, String exception) {
    }

    /** What the log says of a task: its latest outcome and when, its failures in a row, its runs not finished (id to start). */
    record Summary(String task, Action lastOutcome, Instant lastOutcomeAt, int failuresInARow,
            Map<String, Instant> open) {
    }

    /** One task's runs, oldest first, in rings of parallel arrays that grow to {@link #RUNS}. */
    private static final class Runs {
        private long[] ids = new long[8];
        private long[] starts = new long[8];
        private long[] ends = new long[8];
        private byte[] outcomes = new byte[8];
        private int first;
        private int size;
        private final ArrayDeque<Failure> failures = new ArrayDeque<>(FAILURES);
        private final Map<String, Instant> open = new LinkedHashMap<>();
        private Action last;
        private Instant lastAt;
        private int failuresInARow;

        void started(LogRecord r) {
            if (open.size() == OPEN) {
                open.remove(open.keySet().iterator().next()); // its finish never came: the oldest goes
            }
            open.put(r.runId() == null ? "" : r.runId(), r.start() != null ? r.start() : r.created());
        }

        void add(LogRecord r) {
            open.remove(r.runId() == null ? "" : r.runId());
            last = r.action();
            lastAt = r.created();
            failuresInARow = r.action() == Action.FAIL || r.action() == Action.CRASH ? failuresInARow + 1 : 0;
            if (size == ids.length && size < RUNS) {
                grow(Math.min(RUNS, size * 2));
            }
            int at = (first + size) % ids.length;
            if (size == ids.length) {
                first = (first + 1) % ids.length; // full: the oldest drops out
            } else {
                size++;
            }
            ids[at] = id(r.runId());
            Instant end = r.end() != null ? r.end() : r.created();
            ends[at] = end.toEpochMilli();
            starts[at] = r.start() != null ? r.start().toEpochMilli() : ends[at];
            outcomes[at] = (byte) r.action().ordinal();
            if (r.action() == Action.FAIL || r.action() == Action.CRASH || r.action() == Action.TERMINATE) {
                if (failures.size() == FAILURES) {
                    failures.removeFirst();
                }
                failures.addLast(new Failure(r.runId(), end, r.action(), r.message(), r.exception()));
            }
        }

        private void grow(int capacity) {
            long[] i = new long[capacity];
            long[] s = new long[capacity];
            long[] e = new long[capacity];
            byte[] o = new byte[capacity];
            for (int k = 0; k < size; k++) {
                int from = (first + k) % ids.length;
                i[k] = ids[from];
                s[k] = starts[from];
                e[k] = ends[from];
                o[k] = outcomes[from];
            }
            ids = i;
            starts = s;
            ends = e;
            outcomes = o;
            first = 0;
        }

        List<Run> since(long fromMillis) {
            List<Run> out = new ArrayList<>();
            for (int k = 0; k < size; k++) {
                int at = (first + k) % ids.length;
                if (ends[at] >= fromMillis) {
                    out.add(new Run(ids[at] < 0 ? null : Long.toString(ids[at]), Instant.ofEpochMilli(starts[at]),
                            Instant.ofEpochMilli(ends[at]), ACTIONS[outcomes[at]]));
                }
            }
            return out;
        }
    }

    private final Map<String, Runs> byTask = new HashMap<>();
    private Instant latest;

    /** Takes in a record: a finish is kept as a run of its task; a {@code run} record opens one. */
    synchronized void add(LogRecord r) {
        Runs runs = byTask.computeIfAbsent(r.task(), k -> new Runs());
        if (r.action() == Action.RUN) {
            runs.started(r);
        } else {
            runs.add(r);
        }
        latest = latest == null || r.created().isAfter(latest) ? r.created() : latest;
    }

    /** The latest instant a record was made at, or null before the first. */
    synchronized Instant latest() {
        return latest;
    }

    /** Every task the records name, by name. */
    synchronized List<Summary> summaries() {
        List<Summary> out = new ArrayList<>(byTask.size());
        for (String task : new TreeSet<>(byTask.keySet())) {
            out.add(summary(task));
        }
        return out;
    }

    /** What the records say of one task, or null if they never name it. */
    synchronized Summary summary(String task) {
        Runs r = byTask.get(task);
        return r == null ? null : new Summary(task, r.last, r.lastAt, r.failuresInARow, new LinkedHashMap<>(r.open));
    }

    /** The task's kept runs that ended at or after {@code from}, oldest first. */
    synchronized List<Run> runs(String task, Instant from) {
        Runs runs = byTask.get(task);
        return runs == null ? List.of() : runs.since(from.toEpochMilli());
    }

    /** The task's latest failures, newest first. */
    synchronized List<Failure> failures(String task) {
        Runs runs = byTask.get(task);
        if (runs == null) {
            return List.of();
        }
        List<Failure> out = new ArrayList<>(runs.failures);
        Collections.reverse(out);
        return out;
    }

    /** A run id kept as a number when it is one (Kairos's ids are), else -1 (shown as none). */
    private static long id(String runId) {
        if (runId == null || runId.isEmpty() || runId.length() > 18 || runId.length() > 1 && runId.charAt(0) == '0') {
            return -1;
        }
        for (int i = 0; i < runId.length(); i++) {
            if (runId.charAt(i) < '0' || runId.charAt(i) > '9') {
                return -1;
            }
        }
        return Long.parseLong(runId);
    }
}
