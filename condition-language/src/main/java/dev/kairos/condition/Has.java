package dev.kairos.condition;

import dev.kairos.condition.internal.syntax.WindowText;
import dev.kairos.condition.internal.time.Cycle;
import dev.kairos.condition.internal.time.Occurrence;
import dev.kairos.condition.internal.time.RememberedWindow;
import dev.kairos.condition.internal.time.Window;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;

/**
 * {@code [task 'x'] has succeeded [P]}: a record of the action in the period. With a window, the
 * period is the occurrence containing now (from its start up to now) or else the last completed
 * one; with {@code in past D}, the last D excluding its first instant; with none, ever. Built in
 * Java, it is narrowed to a period ({@link Conditions.Status}) and then to a window
 * ({@link Conditions.Windowed}).
 */
final class Has extends Node implements Conditions.Status, WindowedForm {
    private final String task;
    private final Actions actions;
    private final RememberedWindow window;
    private final Duration past;

    /** At most one of {@code window} and {@code past} is set; {@code task} null means the evaluating task. */
    Has(String text, String task, Actions actions, Window window, Duration past) {
        super(text);
        this.task = task;
        this.actions = actions;
        this.window = window == null ? null : new RememberedWindow(window);
        this.past = past;
    }

    private TaskHistory history(EvaluationContext context) {
        return task == null ? own(context) : context.history(task);
    }

    @Override
    public boolean test(EvaluationContext context) {
        return found(context) != null;
    }

    /** The record that makes it true, or {@code null}. */
    private Instant found(EvaluationContext context) {
        TaskHistory history = history(context);
        Instant now = context.now();
        if (window != null) {
            Occurrence o = window.latestStarted(now, context.zone());
            if (o == null) {
                return null;
            }
            Instant last = now.isBefore(o.end()) ? actions.latest(history) : actions.latestBefore(history, o.end());
            return last != null && !last.isBefore(o.start()) ? last : null;
        }
        Instant last = actions.latest(history);
        if (last == null || past == null) {
            return last;
        }
        return last.isAfter(now.minus(past)) ? last : null;
    }

    @Override
    public Instant nextChange(EvaluationContext context) {
        if (window != null) {
            return window.nextStart(context.now(), context.zone());
        }
        if (past != null) {
            Instant last = found(context);
            return last == null ? NEVER : last.plus(past);
        }
        return NEVER;
    }

    @Override
    protected String reason(EvaluationContext context, boolean value) {
        ZoneId zone = context.zone();
        String who = task == null ? "the task" : "task " + Texts.quote(task);
        String span;
        if (window != null) {
            Occurrence o = window.latestStarted(context.now(), zone);
            if (o == null) {
                return "no period has started yet";
            }
            Instant end = context.now().isBefore(o.end()) ? context.now() : o.end();
            span = " in " + Texts.time(o.start(), zone) + " – " + Texts.time(end, zone);
        } else if (past != null) {
            span = " in the past " + Texts.duration(past);
        } else {
            span = "";
        }
        if (value) {
            return who + " " + actions.word() + " at " + Texts.time(found(context), zone) + span;
        }
        Instant last = actions.latest(history(context));
        return who + " has not " + actions.word() + span
                + (last == null ? " (never did)" : " (last at " + Texts.time(last, zone) + ")");
    }

    @Override
    protected String write() {
        if (past != null) {
            return status() + " in past " + Texts.duration(past);
        }
        if (window == null) {
            return status();
        }
        String clause = WindowText.clause(window.window(), true);
        return clause == null ? windowForm() : windowForm() + " " + clause;
    }

    /** {@code task 'x' has succeeded}. */
    private String status() {
        return (task == null ? "" : "task " + Texts.quote(task) + " ") + "has " + actions.word();
    }

    /** {@code task 'x' has succeeded this hour}; today when there is no window yet. */
    @Override
    public String windowForm() {
        Cycle cycle = window == null ? Cycle.DAY : window.window().cycle();
        return status() + (cycle == Cycle.DAY ? " today" : " this " + cycle.word());
    }

    @Override
    public Conditions.Windowed today() {
        return (Conditions.Windowed) Compiler.built(status() + " today");
    }

    @Override
    public Conditions.Windowed thisMinute() {
        return (Conditions.Windowed) Compiler.built(status() + " this minute");
    }

    @Override
    public Conditions.Windowed thisHour() {
        return (Conditions.Windowed) Compiler.built(status() + " this hour");
    }

    @Override
    public Conditions.Windowed thisDay() {
        return today();
    }

    @Override
    public Conditions.Windowed thisWeek() {
        return (Conditions.Windowed) Compiler.built(status() + " this week");
    }

    @Override
    public Conditions.Windowed thisMonth() {
        return (Conditions.Windowed) Compiler.built(status() + " this month");
    }

    @Override
    public Condition inPast(Duration span) {
        return Compiler.builtWithDuration(status() + " in past ", span, "");
    }

    @Override
    public Set<String> taskNames() {
        return task == null ? Set.of() : Set.of(task);
    }
}
