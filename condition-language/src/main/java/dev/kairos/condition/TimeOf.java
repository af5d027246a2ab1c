package dev.kairos.condition;

import dev.kairos.condition.internal.syntax.WindowText;
import dev.kairos.condition.internal.time.Occurrence;
import dev.kairos.condition.internal.time.RememberedWindow;
import dev.kairos.condition.internal.time.Window;
import java.time.Instant;

/** {@code time of day between 10:00 and 12:00}: a pure time window. */
final class TimeOf extends Node {
    private final RememberedWindow window;

    TimeOf(String text, Window window) {
        super(text);
        this.window = new RememberedWindow(window);
    }

    @Override
    public boolean test(EvaluationContext context) {
        return window.containing(context.now(), context.zone()) != null;
    }

    @Override
    public Instant nextChange(EvaluationContext context) {
        return window.nextBoundary(context.now(), context.zone());
    }

    @Override
    protected String write() {
        return "time of " + window.window().cycle().word() + " " + WindowText.clause(window.window(), false);
    }

    @Override
    protected String reason(EvaluationContext context, boolean value) {
        Occurrence o = window.containing(context.now(), context.zone());
        if (o == null) {
            return "outside the window; the next one starts "
                    + Texts.time(window.nextStart(context.now(), context.zone()), context.zone());
        }
        return "inside the window " + Texts.time(o.start(), context.zone()) + " – " + Texts.time(o.end(), context.zone());
    }
}
