package dev.kairos.log;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Where a session records every run: an append-only sequence of {@link LogRecord}s that is both the
 * audit trail and, replayed at start, the memory that conditions read.
 *
 * <p>A session reads its log once, at start ({@link #replay}), and afterwards only appends. A log is
 * used by one session at a time; implementations need not support concurrent writers. Readers that
 * show the log as it grows ({@code kairos tail -f}, a dashboard) {@link #follow} it.
 *
 * <p><b>Implementing another store.</b> A session calls {@link #replay} once, from the thread that
 * starts it, then {@link #append} from its session thread only, each call with the records of one
 * pass in the order they were made, and {@link #close} once when it stops; {@link #follow} may be
 * called from any thread at any time. What a session relies on: {@code replay} hands over every
 * readable record in the order appended and reports, never throws for, what it cannot read;
 * {@code append} returns only once the whole batch is durable as far as the store promises (the
 * session then starts the batch's runs), and throws if any of it may not be (the session then
 * starts none of the batch's runs and tries again at a later pass; the batch is not written again,
 * so a store should write a batch all or nothing); a tail returns each complete record once.
 * Run ids are the session's (numbers after the highest one replayed); {@code created} is the
 * session clock's instant.
 */
public interface TaskLog extends AutoCloseable {

    /**
     * A CSV file with the header {@code created,task,action,run_id,start,end,runtime,message,exception},
     * {@link Durability#FLUSHED}. The file and its parent directories are created when missing.
     * Reading goes by column name, so extra or missing optional columns are fine; only
     * {@code created}, {@code task} and {@code action} are required. Timestamps are written as
     * ISO-8601 with the session zone's offset and read with an offset, as an instant ending in
     * {@code Z}, or as a local date-time taken in the session zone. {@link #follow} reads the file by
     * its path, as another process may.
     *
     * <p>What happens to the file is the session's to survive:
     * <ul>
     *   <li>a record cut short (power cut, kill while writing) costs only itself: the reader finds
     *       the next record again, and before writing after it a session moves it to {@code FILE.cut};</li>
     *   <li>run ids are never used twice: the highest one handed out is kept in {@code FILE.ids}
     *       (reserved a thousand ahead, so after a crash the next ids skip a few), whatever happens
     *       to the log itself — only both files deleted together forget it;</li>
     *   <li>before each write the file is checked: moved away or deleted (rotation by {@code mv}), a
     *       new file with a header is begun at the path; truncated in place ({@code copytruncate}),
     *       the header is written again; the session's history stays in its memory, and each is
     *       logged. A batch written while the file was moved is written again to the new file.</li>
     *   <li>a {@link #checkpoint} is kept in {@code FILE.checkpoint}, written whole to a new file
     *       that then replaces the old one (so it is the old one or the new one, never half of
     *       either), with a checksum; it names the file (its identity), how far into it it goes and
     *       fingerprints of the bytes up to there (the header, blocks spread over the file and the
     *       64 KiB before its end), the zone and the highest run id. A replay uses it only if all of
     *       these still match: a log rotated, truncated, restored, rewritten elsewhere or replayed in
     *       another zone is replayed whole. Deleting the file only costs that replay.</li>
     * </ul>
     */
    static TaskLog csv(Path file) {
        return new CsvTaskLog(file, Durability.FLUSHED);
    }

    /** A CSV file as {@link #csv(Path)}, written with the given durability. */
    static TaskLog csv(Path file, Durability durability) {
        return new CsvTaskLog(file, durability);
    }

    /** How far {@link #append} goes before it returns, for a log written to a file. */
    enum Durability {
        /**
         * Handed to the operating system: safe when the JVM dies, not on a power cut or a kernel
         * crash, which may lose the last records (a half-written last line is tolerated on read).
         */
        FLUSHED,
        /**
         * Forced to the disk ({@code fsync}) once per append, that is once per pass with all that
         * pass's records: nothing a session has acted on is lost on a power cut. Costs a disk flush per
         * pass that writes: measured by {@code CsvAppendBenchmark} on ext4, a pass of one record took
         * 0.3 ms synced against 13 µs flushed, a pass of 100 records 0.56 ms against 0.11 ms; on a
         * spinning disk a flush takes several milliseconds.
         */
        SYNCED
    }

    /**
     * A log kept in memory only, lost with the JVM. For tests and throwaway sessions. {@link #follow}
     * sees what is appended to this instance and never reports a problem.
     */
    static TaskLog inMemory() {
        return new InMemoryTaskLog();
    }

    /**
     * Reads every record, in order, into {@code sink}, and fixes the zone used from now on to write
     * timestamps. Lines that cannot be read are skipped and returned as problems (a half-written last
     * line among them); a problem is never fatal.
     *
     * @param zone the zone in which timestamps without an offset are read, and written afterwards
     * @throws IOException when the log exists but cannot be read at all
     */
    List<LogProblem> replay(ZoneId zone, Consumer<LogRecord> sink) throws IOException;

    /**
     * Replays as {@link #replay(ZoneId, Consumer)} does, or, when this log keeps a checkpoint that
     * still matches it (see {@link #checkpoint}), loads {@code state} from the checkpoint and hands
     * {@code sink} only the records written after it; the problems are then those of these records.
     * A checkpoint that does not match the log, cannot be read or that {@code state} refuses is
     * ignored (and logged): everything is replayed. Default: every record, no checkpoint.
     *
     * @throws IOException when the log exists but cannot be read at all
     */
    default List<LogProblem> replay(ZoneId zone, Consumer<LogRecord> sink, ReplayState state) throws IOException {
        return replay(zone, sink);
    }

    /**
     * Keeps {@code state} beside the log as its checkpoint: the state after every record replayed
     * or appended so far, which the caller vouches for (it has taken each of them into the state,
     * and nothing else). Replaces the previous checkpoint; the log must be replayed first.
     *
     * @return whether a checkpoint was kept: false if this log keeps none (the default), or if it
     *         cannot vouch for its own records this session (its file was replaced or truncated, a
     *         write failed, its last record was cut short)
     * @throws IOException when the checkpoint cannot be written (the previous one, if any, is kept)
     */
    default boolean checkpoint(ReplayState state) throws IOException {
        return false;
    }

    /**
     * A tail of this log: its records from the start, then those appended, poll after poll (see
     * {@link LogTail} for what every tail guarantees). It only reads: it changes neither the log nor
     * the zone it is written in, and it works beside a session that appends, in this JVM or another.
     *
     * <p>For {@link #csv}, records are read exactly as {@link #replay} reads them, and:
     * <ul>
     *   <li><b>Problems</b>: a record that cannot be read (line and field named, as replay does); a
     *       header without {@code created}, {@code task} or {@code action} (reported at line 1, then
     *       every later line of that file is reported, not read); a line the file lost before its
     *       line end was written, when the file is replaced or truncated ({@link LogProblem#truncated}).
     *       A half-written last line is not a problem: it is returned once its line end is written.
     *       Bytes that are not UTF-8 read as U+FFFD.</li>
     *   <li><b>Rotation</b> (the file moved away, a new one created at the path): the rest of the old
     *       file is read, then the new one from its start, its lines numbered from 1 again. Until a
     *       file is at the path again, the old one is still read.</li>
     *   <li><b>Truncation</b> (the file is shorter than what was read, as after {@code copytruncate}):
     *       it is read again from its start.</li>
     *   <li><b>Deletion</b>: as the first half of a rotation; records a writer still appends to the
     *       deleted file are returned, until a file is at the path again.</li>
     * </ul>
     * Not guaranteed: what is written to the old file after the switch to the new one is not read;
     * a truncation is noticed only if the file is still shorter than what was read at the next poll
     * (otherwise reading goes on where it was); on a file system without file keys
     * ({@code BasicFileAttributes.fileKey()} null) a replacement is noticed only as a truncation.
     *
     * @param zone the zone in which timestamps without an offset are read
     * @throws UnsupportedOperationException if this log cannot be followed (the logs of {@link #csv} and
     *                                       {@link #inMemory} can; other implementations may not)
     */
    default LogTail follow(ZoneId zone) {
        throw new UnsupportedOperationException(this + " cannot be followed");
    }

    /**
     * Appends records in order; when this returns they are written and flushed, so a run is never
     * considered started or finished before its record is.
     *
     * @throws IOException when the records cannot be written
     */
    void append(List<LogRecord> records) throws IOException;

    /**
     * The highest run id this log has handed out beyond the records {@link #replay} reads, if it
     * keeps one (the CSV log does, beside its file), so that a session never numbers a run as one
     * before it. Valid after {@link #replay}. Default: none.
     */
    default Optional<String> lastRunId() {
        return Optional.empty();
    }

    /** Appends one record; see {@link #append(List)}. */
    default void append(LogRecord record) throws IOException {
        append(List.of(record));
    }

    /** Releases the file, if any. Appending afterwards fails. */
    @Override
    void close() throws IOException;
}
