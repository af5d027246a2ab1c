package dev.kairos.condition;

import java.time.Instant;

/** {@code scheduler has more than N cycles}, {@code … less than N cycles}, {@code scheduler has N cycles}. */
final class SchedulerCycles extends Node {
    /** How the loop's count is compared with N. */
    enum Comparison { MORE, LESS, EXACTLY }

    private final long count;
    private final Comparison comparison;

    SchedulerCycles(String text, long count, Comparison comparison) {
        super(text);
        this.count = count;
        this.comparison = comparison;
    }

    @Override
    public boolean test(EvaluationContext context) {
        return switch (comparison) {
            case MORE -> context.cycles() > count;
            case LESS -> context.cycles() < count;
            case EXACTLY -> context.cycles() == count;
        };
    }

    @Override
    public Instant nextChange(EvaluationContext context) {
        return NEVER;
    }

    @Override
    protected String write() {
        return switch (comparison) {
            case MORE -> "scheduler has more than " + count + " cycles";
            case LESS -> "scheduler has less than " + count + " cycles";
            case EXACTLY -> "scheduler has " + count + " cycles";
        };
    }

    @Override
    protected String reason(EvaluationContext context, boolean value) {
        return "the scheduler has made " + context.cycles() + " cycles";
    }
}
