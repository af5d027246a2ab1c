package dev.kairos.condition.internal;

import dev.kairos.condition.Condition;
import dev.kairos.condition.EvaluationContext;
import java.time.Instant;
import java.util.List;

/** Next instants a condition holds. Not API. */
public final class Forecast {
    private Forecast() {
    }

    public static List<Instant> nextTrue(Condition condition, EvaluationContext context, int count) {
        throw new UnsupportedOperationException("in progress");
    }
}
