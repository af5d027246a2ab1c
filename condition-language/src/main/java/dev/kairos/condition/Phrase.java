package dev.kairos.condition;

import java.util.List;

/**
 * The meaning of a phrase registered with {@link ConditionParser.Builder#phrase}: a predicate over
 * the quoted values the phrase was written with, e.g. {@code file '/data/in.csv' exists} gives
 * {@code ["/data/in.csv"]}.
 *
 * <p>A phrase's next change cannot be known, so the session re-checks it at its recheck interval.
 * An exception thrown here is reported by the session (as false, or as fatal if configured so); it
 * never reaches the condition's caller unannounced.
 */
@FunctionalInterface
public interface Phrase {

    /** Whether the phrase holds now, for these quoted values (in the order they appear). */
    boolean test(List<String> values, EvaluationContext context) throws Exception;
}
