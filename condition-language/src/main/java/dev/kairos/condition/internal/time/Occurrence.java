package dev.kairos.condition.internal.time;

import java.time.Instant;

/** One occurrence of a window: {@code [start, end)}. Not API. */
public record Occurrence(Instant start, Instant end) {

    /** Whether {@code t} is inside: start inclusive, end exclusive. */
    public boolean contains(Instant t) {
        return !t.isBefore(start) && t.isBefore(end);
    }
}
