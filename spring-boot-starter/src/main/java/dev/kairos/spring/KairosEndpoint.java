package dev.kairos.spring;

import dev.kairos.Session;
import dev.kairos.condition.Explanation;
import dev.kairos.view.RunView;
import dev.kairos.view.TaskView;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.actuate.endpoint.InvalidEndpointRequestException;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;

/**
 * The actuator endpoint {@code kairos}: {@code GET} lists the tasks with their conditions, state,
 * last outcome and next start; {@code GET /{task}} adds why the start condition holds or not (the
 * explanation tree of {@code kairos explain}) and the next instants it will hold; {@code POST /{task}}
 * with {@code {"action": "run"}} (and optional {@code "parameters"}), {@code "enable"} or
 * {@code "disable"} acts on it. Exposed only when the application exposes it
 * ({@code management.endpoints.web.exposure.include=kairos}), under Spring Boot's actuator security.
 * Instants are ISO-8601 text in UTC.
 */
@Endpoint(id = "kairos")
public class KairosEndpoint {
    /** How many next instants {@code GET /{task}} lists. */
    static final int NEXT = 5;

    private final Session session;

    /** The endpoint over {@code session}. */
    public KairosEndpoint(Session session) {
        this.session = session;
    }

    /** Every task of the session, by name. */
    @ReadOperation
    public Tasks tasks() {
        return new Tasks(session.view().state().name().toLowerCase(),
                session.view().tasks().stream().map(KairosEndpoint::summary).toList());
    }

    /** One task with its explanation and next starts, or 404 when there is no such task. */
    @ReadOperation
    public @Nullable TaskDetail task(@Selector String name) {
        return session.view().task(name).map(t -> new TaskDetail(summary(t),
                session.view().explain(name).map(KairosEndpoint::node).orElse(null),
                session.view().nextStarts(name, NEXT).stream().map(Instant::toString).toList())).orElse(null);
    }

    /**
     * Acts on a task: {@code run} asks for a run now (with the given parameters, as text),
     * {@code enable} or {@code disable}; 400 (bad request) when there is no such task or for another
     * action.
     */
    @WriteOperation
    public Acted act(@Selector String name, String action, @Nullable Map<String, String> parameters) {
        if (!session.taskNames().contains(name)) {
            throw new InvalidEndpointRequestException("no task named '" + name + "'", "no such task");
        }
        switch (action == null ? "" : action) {
            case "run" -> session.runNow(name, parameters == null ? Map.of() : parameters);
            case "enable" -> session.setEnabled(name, true);
            case "disable" -> session.setEnabled(name, false);
            default -> throw new InvalidEndpointRequestException("action must be run, enable or disable; was '"
                    + action + "'", "action must be run, enable or disable");
        }
        return new Acted(name, action);
    }

    private static TaskSummary summary(TaskView t) {
        return new TaskSummary(t.name(), t.definition().start(), t.definition().end(), t.execution().name().toLowerCase(),
                t.state().name().toLowerCase(), t.lastOutcome() == null ? null : t.lastOutcome().code(),
                text(t.lastOutcomeAt()), t.failuresInARow(), text(t.nextStart()),
                t.runs().stream().map(KairosEndpoint::run).toList());
    }

    private static Run run(RunView r) {
        return new Run(r.runId(), text(r.start()), text(r.deadline()), r.terminated());
    }

    private static Node node(Explanation e) {
        return new Node(e.condition(), e.value(), e.reason(), text(e.nextChange()),
                e.parts().stream().map(KairosEndpoint::node).toList());
    }

    private static String text(Instant at) {
        return at == null ? null : at.toString();
    }

    /** The answer of {@code GET}: the session's state and its tasks. */
    public record Tasks(String session, List<TaskSummary> tasks) {
    }

    /**
     * A task as the session sees it.
     *
     * @param name           the task's name
     * @param start          its start condition as written, or null (runs only when asked)
     * @param end            its end condition, or null
     * @param execution      main, thread or process
     * @param state          running, queued, idle or disabled
     * @param lastOutcome    success, fail, terminate, inaction or crash of its latest finished run, or null
     * @param lastOutcomeAt  when, or null
     * @param failuresInARow failures since its latest other outcome
     * @param nextStart      the next instant its start condition holds, or null if none is known
     * @param runs           its runs in progress
     */
    public record TaskSummary(String name, String start, String end, String execution, String state,
            String lastOutcome, String lastOutcomeAt, int failuresInARow, String nextStart, List<Run> runs) {
    }

    /** A run in progress: its id, start, deadline (null: none) and whether it was terminated. */
    public record Run(String runId, String start, String deadline, boolean terminated) {
    }

    /** The answer of {@code GET /{task}}: the task, its start condition explained, its next starts. */
    public record TaskDetail(TaskSummary task, Node explanation, List<String> nextStarts) {
    }

    /** One part of an explained condition: its text, value, why, when it may change next, its parts. */
    public record Node(String condition, boolean value, String reason, String nextChange, List<Node> parts) {
    }

    /** The answer of {@code POST /{task}}: what was asked of which task (a run starts at the session's next pass). */
    public record Acted(String task, String action) {
    }
}
