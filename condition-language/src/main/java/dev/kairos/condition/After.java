package dev.kairos.condition;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code after task 'x' succeeded} and {@code after all|any tasks 'a', 'b' …}: a dependency's latest
 * such record is strictly newer than the evaluating task's latest start (or, if the task never
 * started, exists at all).
 */
final class After extends Node {
    private final List<String> tasks;
    private final boolean all;
    private final Actions actions;

    After(String text, List<String> tasks, boolean all, Actions actions) {
        super(text);
        this.tasks = List.copyOf(tasks);
        this.all = all;
        this.actions = actions;
    }

    @Override
    public boolean test(EvaluationContext context) {
        Instant ownStart = own(context).latest(Action.RUN);
        for (String task : tasks) {
            if (satisfied(context, task, ownStart) != all) {
                return !all;
            }
        }
        return all;
    }

    private boolean satisfied(EvaluationContext context, String task, Instant ownStart) {
        Instant last = actions.latest(context.history(task));
        return last != null && (ownStart == null || last.isAfter(ownStart));
    }

    @Override
    public Instant nextChange(EvaluationContext context) {
        return NEVER;
    }

    @Override
    protected String write() {
        String word = " " + actions.word();
        if (tasks.size() == 1) {
            return "after task " + Texts.quote(tasks.get(0)) + word;
        }
        return "after " + (all ? "all" : "any") + " tasks "
                + String.join(", ", tasks.stream().map(Texts::quote).toList()) + word;
    }

    @Override
    protected String reason(EvaluationContext context, boolean value) {
        ZoneId zone = context.zone();
        Instant ownStart = own(context).latest(Action.RUN);
        List<String> parts = new ArrayList<>();
        for (String task : tasks) {
            Instant last = actions.latest(context.history(task));
            String what = "task " + Texts.quote(task);
            if (last == null) {
                parts.add(what + " has never " + actions.word());
            } else if (ownStart == null) {
                parts.add(what + " last " + actions.word() + " " + Texts.time(last, zone)
                        + " and this task never started");
            } else {
                parts.add(what + " last " + actions.word() + " " + Texts.time(last, zone)
                        + (last.isAfter(ownStart) ? " after" : " before") + " this task's last start "
                        + Texts.time(ownStart, zone));
            }
        }
        return String.join("; ", parts);
    }

    @Override
    public Set<String> taskNames() {
        return Set.copyOf(tasks);
    }
}
