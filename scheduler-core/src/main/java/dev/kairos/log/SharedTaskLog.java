package dev.kairos.log;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A task log that several sessions, in several JVMs, write at once, so that together they behave
 * as one scheduler (the PostgreSQL log of {@code kairos-postgres} is one). Beside what every
 * {@link TaskLog} does, such a log decides which session may start a run, numbers the runs, tells
 * each session what the others wrote, and says when a session must stop its runs.
 *
 * <p>How a session calls it: {@link #replay} once; {@link #open} once, before the first pass; then,
 * from the session thread only, {@link #poll} at every pass before anything is decided,
 * {@link #nextRunId} for each run it would start, {@link #write} with the records of a pass, and
 * {@link #fenced} at every pass; {@link #close} once. A session that uses a shared log does not
 * write {@code crash} for the runs it finds open at start: they may be another session's, still
 * going; the log itself records {@code crash} for the runs of a session that stopped heartbeating.
 *
 * <p>What a session relies on:
 * <ul>
 *   <li><b>One start per occurrence.</b> {@link #write} refuses a {@code run} record unless the run
 *       follows the latest run of its task that this session has been told of (by {@link #replay},
 *       {@link #poll} or its own accepted writes): of two sessions that decide to start a task on
 *       the same view, one is refused, and a session whose view is stale is always refused. It
 *       also refuses every {@code run} record while the log cannot vouch for the claim (the store
 *       is unreachable, or this session is fenced).</li>
 *   <li><b>One outcome per run.</b> A finish record of a run that already has one is refused.
 *       A finish that cannot be written now is kept and written once the store is back, in order
 *       and before anything written later; it is not refused for that.</li>
 *   <li><b>What others wrote</b>: {@link #poll} returns every record the other sessions wrote, each
 *       once, each task's records in the order written, and the {@code crash} records the log
 *       itself wrote for the runs of sessions it found dead; never a record this session passed
 *       to {@link #write}.</li>
 * </ul>
 */
public interface SharedTaskLog extends TaskLog {

    /**
     * Starts the log's own work (heartbeats, listening for others' records), after {@link #replay}.
     *
     * @param wake asks the session for a pass soon; thread-safe, cheap, to call when {@link #poll}
     *             has something or {@link #fenced} changed
     * @throws IOException when the store cannot be reached or refuses this session
     */
    void open(Runnable wake) throws IOException;

    /**
     * The records other sessions wrote since the last call (or since {@link #replay}); never blocks
     * on the store. From now on a claim of this session follows the latest run among them.
     */
    List<LogRecord> poll();

    /**
     * A run id that no session of this log has used or will use, or {@code null} when none can be
     * had now (the store is unreachable): then the run is not started. Never blocks long.
     */
    String nextRunId();

    /**
     * Writes the records of one pass, in order.
     *
     * @return the records refused (see the class comment); every other record is written, or kept
     *         to be written
     */
    Set<LogRecord> write(List<LogRecord> records);

    /**
     * Whether this session must terminate its live runs and start none: the log has not been able
     * to renew its claim on them for so long that other sessions may take them over. It stops being
     * fenced once the store can be reached again.
     */
    boolean fenced();

    /**
     * Which session started each of these runs, by the name it has in the log, for those the log
     * knows: for people (a dashboard's timeline), never asked by a session. May read the store.
     *
     * @throws IOException when the store cannot be read
     */
    default Map<String, String> nodes(Collection<String> runIds) throws IOException {
        return Map.of();
    }

    /**
     * Appends as {@link #write} does; throws if any record was refused.
     *
     * @throws IOException naming the refused records
     */
    @Override
    default void append(List<LogRecord> records) throws IOException {
        Set<LogRecord> refused = write(records);
        if (!refused.isEmpty()) {
            throw new IOException("the shared task log refused " + refused.size() + " record(s): " + refused);
        }
    }
}
