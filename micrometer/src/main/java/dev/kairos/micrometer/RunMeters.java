package dev.kairos.micrometer;

import dev.kairos.Session;
import dev.kairos.SessionListener;
import dev.kairos.condition.Action;
import dev.kairos.log.LogRecord;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The meters the session's hooks feed: finished runs and their durations by task and outcome, runs in
 * progress and lateness by task. Starts and finishes arrive on the session thread, body starts on run
 * threads, scrapes on the registry's; each meter is registered once, when first needed, and a meter that
 * cannot be registered or recorded is logged and skipped, never thrown into the session.
 */
final class RunMeters implements SessionListener {
    private static final Logger LOG = LoggerFactory.getLogger(KairosMetrics.class);
    private static final String RUNS = "kairos.runs";
    private static final String DURATION = "kairos.run.duration";
    private static final String ACTIVE = "kairos.runs.active";
    private static final String LATENESS = "kairos.run.lateness";

    private final MeterSet meters;
    /** Per task, the ids of the runs it started and has not finished; a gauge reads each set's size. */
    private final Map<String, Set<String>> active = new ConcurrentHashMap<>();
    private final Map<Outcome, Counter> finished = new ConcurrentHashMap<>();
    private final Map<Outcome, Timer> durations = new ConcurrentHashMap<>();
    private final Map<String, Timer> lateness = new ConcurrentHashMap<>();

    private record Outcome(String task, Action action) {
    }

    RunMeters(MeterSet meters) {
        this.meters = meters;
    }

    /** Registers the task's runs-in-progress gauge, at zero, unless it has one; throws what the registry throws. */
    void watch(String task) {
        active(task);
    }

    /** The tasks added between binding and start (a Spring context adds its beans' tasks then) get their gauge. */
    @Override
    public void sessionStarted(Session session) {
        for (String task : session.taskNames()) {
            try {
                watch(task);
            } catch (RuntimeException e) {
                LOG.warn("cannot register the gauge {} of task '{}'; skipped: {}", ACTIVE, task, e.toString());
            }
        }
    }

    @Override
    public void runStarted(LogRecord record) {
        if (!meters.closed()) {
            guarded(ACTIVE, record.task(), () -> {
                Set<String> runs = active(record.task());
                if (record.runId() != null) {
                    runs.add(record.runId());
                }
            });
        }
    }

    @Override
    public void runFinished(LogRecord record) {
        if (meters.closed()) {
            return;
        }
        String task = record.task();
        guarded(ACTIVE, task, () -> {
            Set<String> runs = active(task);
            if (record.runId() != null) {
                runs.remove(record.runId()); // a finish whose start this binding did not see removes nothing
            }
        });
        Outcome outcome = new Outcome(task, record.action());
        guarded(RUNS, task, () -> finished.computeIfAbsent(outcome, this::counter).increment());
        if (record.runtime() != null) {
            guarded(DURATION, task, () -> durations.computeIfAbsent(outcome, this::duration).record(record.runtime()));
        }
    }

    @Override
    public void bodyStarted(String task, String runId, Instant due, Instant began) {
        if (meters.closed() || due == null || began == null) {
            return;
        }
        Duration late = Duration.between(due, began);
        Duration recorded = late.isNegative() ? Duration.ZERO : late;
        guarded(LATENESS, task, () -> lateness.computeIfAbsent(task, this::lateness).record(recorded));
    }

    private Set<String> active(String task) {
        return active.computeIfAbsent(task, t -> {
            Set<String> runs = ConcurrentHashMap.newKeySet();
            meters.keep(Gauge.builder(ACTIVE, runs, Set::size)
                    .description("Runs of the task this session started and has not finished")
                    .tags(meters.tags(KairosMetrics.TASK, t))
                    .register(meters.registry()));
            return runs;
        });
    }

    private Counter counter(Outcome o) {
        return meters.keep(Counter.builder(RUNS)
                .description("Runs of the task this session finished, by outcome (success, fail, terminate, inaction, crash)")
                .tags(meters.tags(KairosMetrics.TASK, o.task(), KairosMetrics.OUTCOME, o.action().code()))
                .register(meters.registry()));
    }

    private Timer duration(Outcome o) {
        return meters.keep(Timer.builder(DURATION)
                .description("How long the task's runs this session finished took, by outcome")
                .tags(meters.tags(KairosMetrics.TASK, o.task(), KairosMetrics.OUTCOME, o.action().code()))
                .register(meters.registry()));
    }

    private Timer lateness(String task) {
        return meters.keep(Timer.builder(LATENESS)
                .description("How late the task's bodies began: from when the task became due to when its body began")
                .tags(meters.tags(KairosMetrics.TASK, task))
                .register(meters.registry()));
    }

    private static void guarded(String meter, String task, Runnable record) {
        try {
            record.run();
        } catch (RuntimeException e) {
            LOG.warn("cannot record {} of task '{}' in the meter registry; skipped: {}", meter, task, e.toString(), e);
        }
    }
}
