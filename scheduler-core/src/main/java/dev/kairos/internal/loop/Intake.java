package dev.kairos.internal.loop;

import dev.kairos.condition.Action;
import dev.kairos.internal.launch.Results;
import dev.kairos.log.LogRecord;
import dev.kairos.task.TaskDefinition.Phase;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes in what other threads posted, at the start of a pass: finished runs first become records
 * (written together), tasks join or leave, are enabled, disabled or asked to run, parameters change,
 * questions are answered. Session thread only.
 */
final class Intake {
    private static final Logger LOG = LoggerFactory.getLogger("dev.kairos.Session");

    private final Inbox inbox;
    private final TaskIndex tasks;
    private final RunBook runs;
    private final Lanes lanes;
    private final Startup startup;
    private final Results results;
    private final Recorder recorder;
    private final Consumer<String> shutdownAsked;
    private final Consumer<String> changed;

    Intake(Inbox inbox, TaskIndex tasks, RunBook runs, Lanes lanes, Startup startup, Results results,
            Recorder recorder, Consumer<String> shutdownAsked) {
        this.inbox = inbox;
        this.tasks = tasks;
        this.runs = runs;
        this.lanes = lanes;
        this.startup = startup;
        this.results = results;
        this.recorder = recorder;
        this.shutdownAsked = shutdownAsked;
        this.changed = tasks::changed;
    }

    /** Applies every event posted so far, then writes the records of the runs that finished. */
    void drain() {
        drain(false);
    }

    /**
     * As {@link #drain()} at the start of a pass: the finishes go into the status cache at once and
     * are written with the pass's own records, in one append (one transaction of a shared log) —
     * unless the session is fenced, when a shared log may refuse a finish and only a written one may
     * reach the cache.
     */
    void drainForPass() {
        drain(true);
    }

    private void drain(boolean withPass) {
        recorder.takeOthers(changed);
        List<LogRecord> finishes = null;
        for (Event e; (e = inbox.next()) != null; ) {
            if (e instanceof Event.Finished f) {
                Optional<LogRecord> r = finished(f);
                if (r.isPresent()) {
                    finishes = finishes == null ? new ArrayList<>() : finishes;
                    finishes.add(r.get());
                }
            } else {
                apply(e);
            }
        }
        if (finishes != null && withPass && !recorder.fenced()) {
            recorder.early(finishes, changed);
        } else if (finishes != null) {
            recorder.commit(finishes, changed);
        }
    }

    private void apply(Event e) {
        if (e instanceof Event.Added a) {
            tasks.add(a.task(), a.replaced());
        } else if (e instanceof Event.Removed r) {
            if (tasks.remove(r.task()) && !r.task().requests.isEmpty() && startup.over(r.task().name)) {
                tasks.touchAll();
            }
        } else if (e instanceof Event.Enabled en) {
            TaskState t = tasks.get(en.task());
            if (t != null) {
                t.disabled = !en.enabled();
                tasks.touch(t);
            }
        } else if (e instanceof Event.RunAsked ask) {
            TaskState t = tasks.get(ask.task());
            if (t != null) {
                t.requests.add(ask.parameters());
                tasks.touch(t);
            }
        } else if (e instanceof Event.TerminateAsked stop) {
            TaskState t = tasks.get(stop.task());
            if (t != null && !t.runs.isEmpty()) {
                t.terminateAsked = true;
                tasks.touch(t);
            }
        } else if (e instanceof Event.ParametersChanged p) {
            tasks.touchReaders(p.name());
        } else if (e instanceof Event.ShutdownAsked) {
            shutdownAsked.accept("shutdown asked");
        } else if (e instanceof Event.JvmExiting) {
            runs.liveRuns().forEach(RunState::failIfCallingExit);
            shutdownAsked.accept("the JVM is exiting");
        } else if (e instanceof Event.Asked q) {
            q.question().run();
        }
    }

    private Optional<LogRecord> finished(Event.Finished f) {
        RunState r = f.run();
        lanes.of(r.execution).release();
        Optional<LogRecord> record = runs.returned(f);
        if (record.isEmpty()) {
            LOG.info("{} returned after it was terminated; its outcome ({}) is not recorded", r,
                    f.outcome().action().code());
            tasks.touch(r.task);
            return record;
        }
        if (f.outcome().action() == Action.SUCCESS) {
            results.put(r.task.name, f.outcome().result());
        }
        if (r.task.phase() == Phase.ON_STARTUP && startup.over(r.task.name)) {
            tasks.touchAll();
        }
        return record;
    }
}
