package dev.kairos.condition;

import dev.kairos.condition.internal.syntax.WindowText;
import dev.kairos.condition.internal.time.Occurrence;
import dev.kairos.condition.internal.time.RememberedWindow;
import dev.kairos.condition.internal.time.Window;
import java.time.Instant;
import java.time.ZoneId;

/**
 * {@code daily after 08:00} and the other once-per-period forms: inside an occurrence of the window,
 * with no finish (or inaction) of the task since it started and no run started in it still going.
 */
final class Periodic extends Node implements WindowedForm {
    private final RememberedWindow window;

    Periodic(String text, Window window) {
        super(text);
        this.window = new RememberedWindow(window);
    }

    @Override
    public boolean test(EvaluationContext context) {
        Occurrence o = window.containing(context.now(), context.zone());
        return o != null && !doneIn(own(context), o);
    }

    private static boolean doneIn(TaskHistory history, Occurrence o) {
        Instant finished = Actions.DONE.latest(history);
        if (finished != null && !finished.isBefore(o.start())) {
            return true;
        }
        Instant live = history.newestLiveStart();
        return live != null && !live.isBefore(o.start());
    }

    @Override
    public Instant nextChange(EvaluationContext context) {
        return test(context) ? window.nextBoundary(context.now(), context.zone())
                : window.nextStart(context.now(), context.zone());
    }

    @Override
    protected String write() {
        String clause = WindowText.clause(window.window(), true);
        return clause == null ? windowForm() : windowForm() + " " + clause;
    }

    @Override
    public String windowForm() {
        return switch (window.window().cycle()) {
            case SECOND -> "secondly";
            case MINUTE -> "minutely";
            case HOUR -> "hourly";
            case DAY -> "daily";
            case WEEK -> "weekly";
            case MONTH -> "monthly";
        };
    }

    @Override
    protected String reason(EvaluationContext context, boolean value) {
        ZoneId zone = context.zone();
        Occurrence o = window.containing(context.now(), zone);
        if (o == null) {
            return "outside the window; the next one starts " + Texts.time(window.nextStart(context.now(), zone), zone);
        }
        String in = "inside the window " + Texts.time(o.start(), zone) + " – " + Texts.time(o.end(), zone);
        if (value) {
            return in + " and the task has not finished in it";
        }
        TaskHistory history = own(context);
        Instant finished = Actions.DONE.latest(history);
        if (finished != null && !finished.isBefore(o.start())) {
            return in + ", but the task already finished in it at " + Texts.time(finished, zone);
        }
        return in + ", but a run that started in it at " + Texts.time(history.newestLiveStart(), zone)
                + " is still going";
    }
}
