package dev.kairos.internal.loop;

import dev.kairos.condition.Action;
import dev.kairos.condition.time.Durations;
import dev.kairos.internal.launch.Runner;
import dev.kairos.log.LogProblem;
import dev.kairos.log.LogRecord;
import dev.kairos.log.SharedTaskLog;
import dev.kairos.log.TaskLog;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.slf4j.event.Level;

/**
 * Writes records to the task log, then (and only then) to the status cache, the SLF4J log and the
 * hooks. Session thread only.
 */
final class Recorder {
    private static final Logger LOG = LoggerFactory.getLogger("dev.kairos.Session");

    private final TaskLog log;
    /** The same log when several sessions share it, else null. */
    private final SharedTaskLog shared;
    private final StatusCache cache;
    private final Hooks hooks;
    private volatile boolean failing;
    /**
     * How often a log of the session's own is checked when nothing is written (see {@link
     * #longestSleep}): at first, after a write; each check that finds the file well doubles the
     * wait, up to {@link #CHECK_IDLE}, so an idle session wakes twice a minute, not thirty times.
     */
    static final Duration CHECK_EVERY = Duration.ofSeconds(2);
    /** The longest wait between two checks of an idle log. */
    static final Duration CHECK_IDLE = Duration.ofSeconds(30);
    /**
     * Records between two checkpoints of the cache (at least): a checkpoint costs the session
     * thread time in proportion to the tasks, so they are at least {@link #CHECKPOINT_PER_TASK}
     * records a task apart, which keeps their cost a small part of writing the records.
     */
    static final long CHECKPOINT_EVERY = 100_000;
    static final long CHECKPOINT_PER_TASK = 20;
    /** The session instant of the latest write or check. */
    private Instant lastWrite = Instant.MIN;
    /** The wait from {@link #lastWrite} to the next check. */
    private Duration checkEvery = CHECK_EVERY;
    /** Finishes already in the cache, written with the next write (see {@link Intake#drainForPass}). */
    private List<LogRecord> early = List.of();
    /** The finishes of {@link #early} the latest write took, announced by the next {@link #apply}. */
    private List<LogRecord> carried = List.of();
    /**
     * Records other than starts whose write failed: in the cache and announced already, written
     * first by the next write (a run that returned while the log could not be written keeps its
     * finish). Starts of a failed write are dropped instead: those runs never start.
     */
    private List<LogRecord> unwritten = List.of();
    /** Records appended since the last checkpoint (or the start). */
    private long sinceCheckpoint;

    Recorder(TaskLog log, StatusCache cache, Hooks hooks) {
        this.log = log;
        this.shared = log instanceof SharedTaskLog s ? s : null;
        this.cache = cache;
        this.hooks = hooks;
    }

    /**
     * Reads the log into the cache, handing each record's run id to {@code runIds}; what cannot be
     * read is logged as a warning.
     */
    void replay(ZoneId zone, Consumer<String> runIds) throws UnreadableLogException {
        try {
            List<LogProblem> problems = log.replay(zone, r -> {
                cache.add(r);
                runIds.accept(r.runId());
            }, cache);
            for (LogProblem p : problems) {
                LOG.warn("task log {}: {}{}", log, p, p.truncated() ? " (the previous session probably stopped while "
                        + "writing it)" : "");
            }
            log.lastRunId().ifPresent(runIds);
        } catch (IOException | RuntimeException e) {
            throw new UnreadableLogException("cannot read the task log " + log + ": " + e.getMessage(), e);
        }
        if (shared == null) {
            try {
                log.append(List.of()); // a log that cannot be written refuses the start, not the first run
            } catch (IOException | RuntimeException e) {
                throw new UnreadableLogException(e.getMessage(), e);
            }
        }
    }

    /**
     * Writes the records: all of them, or (a failed write) none of the run records.
     *
     * @return the records not written: those a shared log refused, or every run record of a failed
     *         write (the other records are taken in even then, and written first by the next write:
     *         their runs did return)
     */
    Set<LogRecord> write(List<LogRecord> records, Instant now) {
        if (!early.isEmpty() || !unwritten.isEmpty()) {
            List<LogRecord> all = new ArrayList<>(unwritten.size() + early.size() + records.size());
            all.addAll(unwritten);
            all.addAll(early);
            all.addAll(records);
            carried = early;
            early = List.of();
            records = all;
        }
        if (records.isEmpty()) {
            if (shared == null && !now.isBefore(lastWrite.plus(checkEvery))) {
                append(records, now); // nothing to write: the file is checked (moved away, deleted, truncated)
                // Checked less often the longer the log is idle; one that cannot be written, as often as at first.
                checkEvery = failing ? CHECK_EVERY : min(checkEvery.multipliedBy(2), CHECK_IDLE);
            }
            return Set.of();
        }
        if (shared != null) {
            Set<LogRecord> refused = shared.write(records);
            failing = false;
            return refused;
        }
        if (append(records, now)) {
            unwritten = List.of();
            return Set.of();
        }
        Set<LogRecord> runs = new HashSet<>();
        List<LogRecord> kept = new ArrayList<>();
        for (LogRecord r : records) {
            (r.action() == Action.RUN ? runs : kept).add(r);
        }
        unwritten = kept;
        return runs;
    }

    /**
     * Appends to a log of this session's own; false if that failed. The first failure of a streak is
     * logged as an error in one line, the others at debug, and the first write that works again says so.
     */
    private boolean append(List<LogRecord> records, Instant now) {
        lastWrite = now;
        if (!records.isEmpty()) {
            checkEvery = CHECK_EVERY;
        }
        try {
            log.append(records);
            sinceCheckpoint += records.size();
            if (failing) {
                LOG.info("the task log {} can be written again; launches go on", log);
            }
            failing = false;
            return true;
        } catch (IOException | RuntimeException e) {
            if (!failing) {
                LOG.error("{} record(s) not written, no run starts until the task log can be written: {}",
                        records.size(), e.getMessage() == null ? e.toString() : e.getMessage());
            } else {
                LOG.debug("still cannot write the task log {}", log, e);
            }
            failing = true;
            return false;
        }
    }

    /**
     * How long the loop may sleep: with a log of the session's own, short enough that the file is
     * checked when it is due even when nothing runs (every {@link #CHECK_EVERY} after a write, up to
     * {@link #CHECK_IDLE} apart when idle).
     */
    Duration longestSleep(Duration longest) {
        return shared == null && checkEvery.compareTo(longest) < 0 ? checkEvery : longest;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /**
     * Takes the records not refused into the cache, logs them and tells the hooks; {@code changed}
     * hears each record's task. Refused run records are left out: those runs do not start.
     */
    void apply(List<LogRecord> records, Set<LogRecord> refused, Consumer<String> changed) {
        for (LogRecord r : carried) {
            if (refused.contains(r)) {
                LOG.warn("the task log refused {}: another session recorded an outcome of that run first", r);
            } else {
                announce(r);
            }
        }
        carried = List.of();
        for (LogRecord r : records) {
            if (refused.contains(r)) {
                continue;
            }
            cache.add(r);
            changed.accept(r.task());
            announce(r);
        }
        if (sinceCheckpoint >= Math.max(CHECKPOINT_EVERY, CHECKPOINT_PER_TASK * cache.size())) {
            checkpoint();
        }
    }

    /**
     * Keeps the cache as the log's checkpoint, if the log keeps them and every record in the cache
     * is in the log (none waits to be written again). A checkpoint that cannot be written is logged;
     * the next is tried after as many records again.
     */
    private void checkpoint() {
        if (shared != null || failing || !early.isEmpty() || !unwritten.isEmpty()) {
            return;
        }
        sinceCheckpoint = 0;
        try {
            log.checkpoint(cache);
        } catch (IOException | RuntimeException e) {
            LOG.warn("cannot write the checkpoint of the task log {}: {}; the next start reads every record after the "
                    + "last one", log, e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }

    /**
     * Takes finishes into the cache now and keeps them for the next {@link #write}, so that a pass
     * writes its finishes and its starts in one append; they are logged and announced once written.
     */
    void early(List<LogRecord> finishes, Consumer<String> changed) {
        for (LogRecord r : finishes) {
            cache.add(r);
            changed.accept(r.task());
        }
        if (early.isEmpty()) {
            early = finishes;
        } else {
            List<LogRecord> both = new ArrayList<>(early);
            both.addAll(finishes);
            early = both;
        }
    }

    /** {@link #write}, then {@link #apply}. */
    void commit(List<LogRecord> records, Consumer<String> changed) {
        apply(records, write(records, lastWrite), changed);
    }

    /** Whether the log is shared with other sessions (then it numbers runs and reaps dead sessions). */
    boolean shared() {
        return shared != null;
    }

    /** Starts a shared log's own work; {@code wake} asks for a pass. */
    void open(Runnable wake) throws UnreadableLogException {
        if (shared != null) {
            try {
                shared.open(wake);
            } catch (IOException | RuntimeException e) {
                throw new UnreadableLogException("cannot open the task log " + log + ": " + e.getMessage(), e);
            }
        }
    }

    /** Takes what other sessions wrote into the cache; {@code changed} hears each record's task. */
    void takeOthers(Consumer<String> changed) {
        if (shared != null) {
            for (LogRecord r : shared.poll()) {
                cache.add(r);
                changed.accept(r.task());
                LOG.debug("from another session: {}", r);
            }
        }
    }

    /** Where run ids come from: the shared log, or null for the session's own numbering. */
    Supplier<String> runIds() {
        return shared == null ? null : shared::nextRunId;
    }

    /** Whether the session must terminate its runs and start none (see {@link SharedTaskLog#fenced}). */
    boolean fenced() {
        return shared != null && shared.fenced();
    }

    /** Whether the latest write failed; from any thread. */
    boolean failing() {
        return failing;
    }

    /** Lets the log go, once the finishes it still holds are written, and keeps its checkpoint. */
    void close() {
        if (!early.isEmpty() || !unwritten.isEmpty()) {
            write(List.of(), lastWrite);
        }
        checkpoint();
        if (!unwritten.isEmpty()) {
            LOG.error("the task log {} could not be written before the session stopped; {} record(s) are lost: {}", log,
                    unwritten.size(), unwritten);
        }
        try {
            log.close();
        } catch (IOException e) {
            LOG.warn("cannot close the task log {}: {}", log, e.toString());
        }
    }

    /** The run's runtime as people read it ({@code 1.0 ms}, {@code 2 min 5 s}); the log keeps ISO-8601. */
    private static String runtime(LogRecord r) {
        return r.runtime() == null ? "?" : Durations.forPeople(r.runtime());
    }

    private void announce(LogRecord r) {
        Logger task = LoggerFactory.getLogger("kairos.task." + r.task());
        Level level = switch (r.action()) {
            case RUN, SUCCESS, INACTION -> Level.INFO;
            case FAIL -> Level.ERROR;
            case TERMINATE, CRASH -> Level.WARN;
        };
        if (task.isEnabledForLevel(level)) { // else the message is not even made (a duration in words, the MDC)
            MDC.put(Runner.MDC_TASK, r.task());
            if (r.runId() != null) {
                MDC.put(Runner.MDC_RUN, r.runId());
            }
            try {
                switch (r.action()) {
                    case RUN -> task.info("run {} of task '{}' started", r.runId(), r.task());
                    case SUCCESS, INACTION -> task.info("run {} of task '{}': {} in {}{}", r.runId(), r.task(),
                            r.action().code(), runtime(r), r.message().isEmpty() ? "" : ": " + r.message());
                    case FAIL -> task.error("run {} of task '{}' failed after {}: {}", r.runId(), r.task(),
                            runtime(r), r.message());
                    case TERMINATE, CRASH -> task.warn("run {} of task '{}': {}: {}", r.runId(), r.task(),
                            r.action().code(), r.message());
                }
            } finally {
                MDC.remove(Runner.MDC_TASK);
                MDC.remove(Runner.MDC_RUN);
            }
        }
        hooks.recorded(r);
    }
}
