package dev.kairos.view;

import java.time.Instant;
import java.util.Objects;

/**
 * A run in progress.
 *
 * @param runId      its id in the task log
 * @param start      when it started
 * @param deadline   when it times out, or null for never
 * @param terminated whether it was terminated and the session waits for its body to return
 */
public record RunView(String runId, Instant start, Instant deadline, boolean terminated) {

    /** Checks the fields. */
    public RunView {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(start, "start");
    }
}
