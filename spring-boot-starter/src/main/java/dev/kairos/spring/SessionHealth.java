package dev.kairos.spring;

import dev.kairos.task.Execution;
import dev.kairos.view.SessionView;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The session's health: UP while its loop runs and its task log can be written; DOWN when the loop
 * died or the log cannot be written (the session then starts nothing); OUT_OF_SERVICE while it stops
 * and once it stopped without an error; UNKNOWN before it starts. Reads only the view's counters,
 * which never wait for the session thread.
 */
final class SessionHealth implements HealthIndicator {
    private final SessionView view;

    SessionHealth(SessionView view) {
        this.view = view;
    }

    @Override
    public Health health() {
        SessionView.State state = view.state();
        Health.Builder h = switch (state) {
            case NEW -> Health.unknown();
            case RUNNING -> view.taskLogFailing() ? Health.down().withDetail("reason", "the task log cannot be written")
                    : Health.up();
            case STOPPING -> Health.outOfService();
            case STOPPED -> view.failure().isPresent() ? Health.down() : Health.outOfService();
        };
        h.withDetail("state", state.name().toLowerCase());
        view.failure().ifPresent(f -> h.withDetail("failure", String.valueOf(f.getMessage())));
        h.withDetail("enabledTasks", view.enabledTasks());
        for (Execution e : Execution.values()) {
            h.withDetail("runs." + e.name().toLowerCase(), view.runsInProgress(e));
        }
        return h.build();
    }
}
