package dev.kairos.condition;

import java.time.Instant;

/** {@code scheduler has more than N cycles}, {@code scheduler has less than N cycles}. */
final class SchedulerCycles extends Node {
    private final long count;
    private final boolean more;

    SchedulerCycles(String text, long count, boolean more) {
        super(text);
        this.count = count;
        this.more = more;
    }

    @Override
    public boolean test(EvaluationContext context) {
        return more ? context.cycles() > count : context.cycles() < count;
    }

    @Override
    public Instant nextChange(EvaluationContext context) {
        return NEVER;
    }

    @Override
    protected String reason(EvaluationContext context, boolean value) {
        return "the scheduler has made " + context.cycles() + " cycles";
    }
}
