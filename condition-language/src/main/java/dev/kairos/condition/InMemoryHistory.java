package dev.kairos.condition;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The histories of many tasks, kept in memory record by record: the one store behind every
 * {@link TaskHistory} that Kairos hands to conditions (the session's status cache, the command line
 * replaying a log file, tests and tools).
 *
 * <p>{@code new InMemoryHistory()} keeps every instant and answers every question exactly.
 * {@link #bounded(int) InMemoryHistory.bounded(depth)} keeps, per task and action, the latest
 * {@code depth} instants and the latest one it dropped, so that memory grows with the number of
 * tasks, not with the number of records. A bounded history answers everything exactly except
 * {@link TaskHistory#latestBefore}: when more than {@code depth} records of that action are at or
 * after {@code end}, it answers the latest dropped instant if that is before {@code end}, and
 * otherwise {@code null} although an older record may exist. Live runs and failure streaks are
 * exact in both.
 *
 * <p>Every {@link TaskHistory} query takes constant or logarithmic time, whatever the length of the
 * history. Records are expected in the order they happened; one older than the newest of its action
 * is put in its place, at a cost that grows with the number of newer instants it passes. A finish
 * ({@code success}, {@code fail}, {@code terminate}, {@code inaction}, {@code crash}) closes the live
 * run with the same run id, or, without a run id, the oldest live run. Not thread-safe.
 *
 * <p>A history can be {@link #write written} and {@link #read read} back whole, so that what was
 * learnt from many records is kept in a few bytes per task (a session's checkpoint of its log).
 */
public final class InMemoryHistory {
    private static final int ACTIONS = Action.values().length;
    /** The version of what {@link #write} writes. */
    private static final int FORMAT = 1;
    /** The longest task name or run id {@link #read} takes, in bytes. */
    private static final int MAX_TEXT = 1 << 20;

    private final int depth;
    private final Map<String, Entry> tasks = new LinkedHashMap<>();

    /** A history that keeps every instant: exact, and growing with every record. */
    public InMemoryHistory() {
        this(RecentInstants.UNBOUNDED);
    }

    private InMemoryHistory(int depth) {
        this.depth = depth;
    }

    /**
     * A history that keeps the latest {@code depth} instants per task and action, and the latest one
     * it dropped; see the class description for what it then cannot answer.
     *
     * @throws IllegalArgumentException if depth is less than 1
     */
    public static InMemoryHistory bounded(int depth) {
        if (depth < 1) {
            throw new IllegalArgumentException("depth must be 1 or more, was " + depth);
        }
        return new InMemoryHistory(depth);
    }

    /** Records that {@code task} had {@code action} at {@code at}, with no run id. */
    public InMemoryHistory record(String task, Action action, Instant at) {
        return record(task, action, at, null);
    }

    /**
     * Records that {@code task} had {@code action} at {@code at} in run {@code runId} ({@code null}
     * for a record without one).
     *
     * @throws NullPointerException if the task, the action or the instant is {@code null}
     */
    public InMemoryHistory record(String task, Action action, Instant at, String runId) {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(at, "at");
        tasks.computeIfAbsent(task, t -> new Entry(depth)).add(action, at, runId);
        return this;
    }

    /**
     * The history of a task; {@link TaskHistory#empty()} for a task never recorded. The view follows
     * later records.
     */
    public TaskHistory of(String task) {
        Entry e = tasks.get(task);
        return e == null ? TaskHistory.empty() : e;
    }

    /** The names of the tasks recorded so far, in the order of their first records; a copy. */
    public Set<String> tasks() {
        return Collections.unmodifiableSet(new LinkedHashSet<>(tasks.keySet()));
    }

    /**
     * The runs of a task that started and have not finished, in the order their starts were first
     * recorded (a run id started again keeps its place, with the new start); a copy, empty for a task
     * never recorded. A session writes a {@code crash} record for each when it starts, since the
     * session that ran them died. Runs recorded without a run id are listed once each.
     */
    public List<OpenRun> openRuns(String task) {
        Entry e = tasks.get(task);
        return e == null ? List.of() : e.runs.open();
    }

    /**
     * Writes this history: per task its kept instants, latest dropped instants, live runs and
     * failures in a row, and the bound. {@link #read} makes the same history of it, one that answers
     * every {@link TaskHistory} question as this one does and goes on alike with later records.
     */
    public void write(DataOutput out) throws IOException {
        out.writeInt(FORMAT);
        out.writeInt(depth);
        out.writeInt(tasks.size());
        for (Map.Entry<String, Entry> e : tasks.entrySet()) {
            writeText(out, e.getKey());
            e.getValue().write(out);
        }
    }

    /**
     * A history as {@link #write} wrote it.
     *
     * @throws IOException if {@code in} ends before it, or holds something else (another format, a
     *                     count or an instant out of range)
     */
    public static InMemoryHistory read(DataInput in) throws IOException {
        int format = in.readInt();
        if (format != FORMAT) {
            throw new IOException("not a task history of format " + FORMAT + " (format " + format + ")");
        }
        int depth = in.readInt();
        if (depth < 1) {
            throw new IOException("a history bound of " + depth);
        }
        InMemoryHistory h = new InMemoryHistory(depth);
        int count = in.readInt();
        if (count < 0) {
            throw new IOException("a negative number of tasks: " + count);
        }
        for (int i = 0; i < count; i++) {
            String task = readText(in);
            if (h.tasks.put(task, Entry.read(in, depth)) != null) {
                throw new IOException("the task '" + task + "' is written twice");
            }
        }
        return h;
    }

    /** How many tasks it holds records of. */
    public int size() {
        return tasks.size();
    }

    /** How many instants per task and action it keeps; {@link Integer#MAX_VALUE} when it keeps every one. */
    public int depth() {
        return depth;
    }

    static void writeText(DataOutput out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    static String readText(DataInput in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > MAX_TEXT) {
            throw new IOException("a text of " + length + " bytes");
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /**
     * A run that started and has not finished.
     *
     * @param runId its run id, or {@code null} if it was recorded without one
     * @param start when it started
     */
    public record OpenRun(String runId, Instant start) {
        /** @throws NullPointerException if the start is {@code null} */
        public OpenRun {
            Objects.requireNonNull(start, "start");
        }
    }

    private static final class Entry implements TaskHistory {
        private final int depth;
        private final RecentInstants[] byAction = new RecentInstants[ACTIONS];
        private final LiveRuns runs;

        Entry(int depth) {
            this(depth, new LiveRuns());
        }

        private Entry(int depth, LiveRuns runs) {
            this.depth = depth;
            this.runs = runs;
        }

        void write(DataOutput out) throws IOException {
            int present = 0;
            for (int a = 0; a < ACTIONS; a++) {
                present |= byAction[a] == null ? 0 : 1 << a;
            }
            out.writeInt(present);
            for (RecentInstants times : byAction) {
                if (times != null) {
                    times.write(out);
                }
            }
            runs.write(out);
        }

        static Entry read(DataInput in, int depth) throws IOException {
            int present = in.readInt();
            if (present >>> ACTIONS != 0) {
                throw new IOException("actions beyond the " + ACTIONS + " known: " + Integer.toBinaryString(present));
            }
            RecentInstants[] byAction = new RecentInstants[ACTIONS];
            for (int a = 0; a < ACTIONS; a++) {
                if ((present & 1 << a) != 0) {
                    byAction[a] = RecentInstants.read(in, depth);
                }
            }
            Entry e = new Entry(depth, LiveRuns.read(in));
            System.arraycopy(byAction, 0, e.byAction, 0, ACTIONS);
            return e;
        }

        void add(Action action, Instant at, String runId) {
            RecentInstants times = byAction[action.ordinal()];
            if (times == null) {
                times = new RecentInstants(depth);
                byAction[action.ordinal()] = times;
            }
            times.add(at);
            runs.add(action, at, runId);
        }

        @Override
        public Instant latest(Action action) {
            RecentInstants times = byAction[action.ordinal()];
            return times == null ? null : times.latest();
        }

        @Override
        public Instant latestBefore(Action action, Instant end) {
            RecentInstants times = byAction[action.ordinal()];
            return times == null ? null : times.latestBefore(end);
        }

        @Override
        public int liveRuns() {
            return runs.count();
        }

        @Override
        public Instant oldestLiveStart() {
            return runs.oldestStart();
        }

        @Override
        public Instant newestLiveStart() {
            return runs.newestStart();
        }

        @Override
        public int failuresInARow() {
            return runs.failuresInARow();
        }
    }
}
