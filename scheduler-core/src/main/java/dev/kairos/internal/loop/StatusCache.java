package dev.kairos.internal.loop;

import dev.kairos.condition.Action;
import dev.kairos.condition.InMemoryHistory;
import dev.kairos.condition.TaskHistory;
import dev.kairos.log.LogRecord;
import dev.kairos.log.ReplayState;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What conditions need to know of every task, kept in memory and updated record by record, so that
 * evaluating a condition never reads the task log. Memory grows with the number of tasks, not with
 * the number of records: it is a {@link InMemoryHistory#bounded bounded} {@link InMemoryHistory}
 * fed with the task log's records.
 *
 * <p>Per task and action it keeps the latest {@code depth} instants (and the latest one it dropped),
 * the live runs and the failure streak. Every {@link TaskHistory} answer is exact except
 * {@link TaskHistory#latestBefore}: when more than {@code depth} records of that action are newer
 * than {@code end}, it answers the latest dropped instant if that is before {@code end}, and
 * otherwise {@code null} although an older record may exist. With the default depth of
 * {@value #DEFAULT_DEPTH}, a question about a window that ended before the latest 16 records of an
 * action may be answered "none".
 *
 * <p>A log that keeps checkpoints keeps this cache in them ({@link ReplayState}), so that a session
 * starts from the checkpoint and the records after it instead of every record.
 *
 * <p>Not thread-safe: a session updates and reads it on its own thread only.
 */
final class StatusCache implements ReplayState {
    /** How many instants per task and action are kept by default. */
    public static final int DEFAULT_DEPTH = 16;

    private InMemoryHistory history;

    /** A cache that keeps {@value #DEFAULT_DEPTH} instants per task and action. */
    public StatusCache() {
        this(DEFAULT_DEPTH);
    }

    /**
     * A cache that keeps {@code depth} instants per task and action.
     *
     * @throws IllegalArgumentException if depth is less than 1
     */
    public StatusCache(int depth) {
        this.history = InMemoryHistory.bounded(depth);
    }

    /** Writes what the cache holds, for {@link #load}. */
    @Override
    public void save(DataOutput out) throws IOException {
        history.write(out);
    }

    /**
     * Replaces what the cache holds with what {@link #save} wrote, or leaves it as it was and throws
     * if {@code in} does not hold that, or holds a cache of another depth.
     */
    @Override
    public void load(DataInput in) throws IOException {
        InMemoryHistory read = InMemoryHistory.read(in);
        if (read.depth() != history.depth()) {
            throw new IOException("it keeps " + read.depth() + " instants per task and action, this session "
                    + history.depth());
        }
        history = read;
    }

    /** Takes a record into account. Records should come in the order they were made. */
    public void add(LogRecord record) {
        Objects.requireNonNull(record, "record");
        history.record(record.task(), record.action(), record.created(), record.runId());
    }

    /** What a task's history belongs to: another object once a whole history is loaded. */
    Object source() {
        return history;
    }

    /** The history of a task; never null (empty for a task without records). Follows later records. */
    public TaskHistory history(String task) {
        return history.of(task);
    }

    /** How many tasks have at least one record. */
    int size() {
        return history.size();
    }

    /** The names of the tasks with at least one record. */
    public Set<String> tasks() {
        return history.tasks();
    }

    /**
     * The runs that started and never finished, as {@code crash} records made at {@code now} (what a
     * session writes at start for the runs of a session that died).
     */
    public List<LogRecord> crashesOfOpenRuns(Instant now) {
        List<LogRecord> crashes = new ArrayList<>();
        for (String task : history.tasks()) {
            for (InMemoryHistory.OpenRun run : history.openRuns(task)) {
                crashes.add(LogRecord.finished(task, run.runId(), Action.CRASH, run.start(), now, "the run never "
                        + "finished: its session stopped without recording an end", null));
            }
        }
        return crashes;
    }
}
