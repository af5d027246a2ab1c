package dev.kairos.micrometer;

import dev.kairos.Session;
import dev.kairos.run.Launcher;
import dev.kairos.task.Execution;
import dev.kairos.view.SessionView;
import io.micrometer.core.instrument.Gauge;
import java.util.Locale;

/**
 * The gauges of the session as a whole: its tasks, the enabled ones, and each execution's slots. They read
 * only counts that never wait for the session thread, so a scrape never waits, even while a {@code MAIN}
 * run holds that thread.
 */
final class SessionGauges {
    private SessionGauges() {
    }

    /** Registers the gauges; throws what the registry throws. */
    static void register(Session session, MeterSet meters) {
        SessionView view = session.view();
        meters.keep(Gauge.builder("kairos.tasks", session, s -> s.taskNames().size())
                .description("Tasks the session has")
                .tags(meters.tags())
                .register(meters.registry()));
        meters.keep(Gauge.builder("kairos.tasks.enabled", view, SessionView::enabledTasks)
                .description("Tasks of the session that are enabled")
                .tags(meters.tags())
                .register(meters.registry()));
        for (Execution execution : Execution.values()) {
            String name = execution.name().toLowerCase(Locale.ROOT);
            meters.keep(Gauge.builder("kairos.slots.used", view, v -> v.runsInProgress(execution))
                    .description("Runs in progress on the execution (their slots taken, until their bodies return)")
                    .tags(meters.tags(KairosMetrics.EXECUTION, name))
                    .register(meters.registry()));
            if (view.capacity(execution) != Launcher.UNLIMITED) { // a launcher's capacity is constant
                meters.keep(Gauge.builder("kairos.slots.capacity", view, v -> v.capacity(execution))
                        .description("Runs the execution may have in progress at once (an execution without a limit has none)")
                        .tags(meters.tags(KairosMetrics.EXECUTION, name))
                        .register(meters.registry()));
            }
        }
    }
}
