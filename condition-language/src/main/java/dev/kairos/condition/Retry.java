package dev.kairos.condition;

import java.time.Instant;

/** {@code retry [N]}: the last finish was a failure, and at most N failures in a row. */
final class Retry extends Node {
    /** The most failures in a row that are retried; {@code -1} for no limit. */
    private final int limit;

    Retry(String text, int limit) {
        super(text);
        this.limit = limit;
    }

    @Override
    public boolean test(EvaluationContext context) {
        int streak = own(context).failuresInARow();
        return streak > 0 && (limit < 0 || streak <= limit);
    }

    @Override
    public Instant nextChange(EvaluationContext context) {
        return NEVER;
    }

    @Override
    protected String write() {
        return limit < 0 ? "retry" : "retry " + limit;
    }

    @Override
    protected String reason(EvaluationContext context, boolean value) {
        int streak = own(context).failuresInARow();
        if (streak == 0) {
            return "the task's last finish was not a failure";
        }
        String failed = "the task has failed " + streak + (streak == 1 ? " time" : " times") + " in a row";
        return value ? failed : failed + ", more than " + limit;
    }
}
