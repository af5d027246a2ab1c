package dev.kairos.internal.launch;

import dev.kairos.condition.Action;

/**
 * How a run's body ended.
 *
 * @param action    success, fail or inaction
 * @param result    the return value (for {@code Return})
 * @param message   the message to record
 * @param exception the failure's stack trace, or null
 */
public record Outcome(Action action, Object result, String message, String exception) {
}
