package dev.kairos.condition.internal.time;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A {@link Window} that remembers its latest answer. The occurrence that started last before an
 * instant, and the next start after it, are the same for every instant in between, so a condition
 * asked again and again (a session asks at every pass that looks at its task) works them out once
 * per occurrence. Clock-following windows are remembered only where no offset change falls in the
 * stretch. Safe to share between threads: the remembered answer is one immutable value. Not API.
 */
public final class RememberedWindow {
    private final Window window;
    private volatile Memo memo;

    /** The answer for every instant in {@code [from, until)} of {@code zone}. */
    private record Memo(ZoneId zone, Instant from, Instant until, Occurrence latest) {
        boolean holdsAt(Instant now, ZoneId z) {
            return zone.equals(z) && !now.isBefore(from) && now.isBefore(until);
        }
    }

    public RememberedWindow(Window window) {
        this.window = Objects.requireNonNull(window, "window");
    }

    public Window window() {
        return window;
    }

    /** As {@link Window#latestStarted}. */
    public Occurrence latestStarted(Instant now, ZoneId zone) {
        Memo m = memo(now, zone);
        return m != null ? m.latest : window.latestStarted(now, zone);
    }

    /** As {@link Window#containing}. */
    public Occurrence containing(Instant now, ZoneId zone) {
        Occurrence o = latestStarted(now, zone);
        return o != null && now.isBefore(o.end()) ? o : null;
    }

    /** As {@link Window#nextStart}. */
    public Instant nextStart(Instant now, ZoneId zone) {
        Memo m = memo(now, zone);
        return m != null ? m.until : window.nextStart(now, zone);
    }

    /** As {@link Window#nextBoundary}. */
    public Instant nextBoundary(Instant now, ZoneId zone) {
        Instant next = nextStart(now, zone);
        Occurrence o = containing(now, zone);
        return o != null && o.end().isBefore(next) ? o.end() : next;
    }

    private Memo memo(Instant now, ZoneId zone) {
        Memo m = memo;
        if (m != null && m.holdsAt(now, zone)) {
            return m;
        }
        m = work(now, zone);
        if (m != null) {
            memo = m;
        }
        return m;
    }

    private Memo work(Instant now, ZoneId zone) {
        Occurrence latest = window.latestStarted(now, zone);
        if (latest == null) {
            return null;
        }
        Instant until = window.nextStart(latest.start(), zone);
        if (!now.isBefore(until)) {
            return null;
        }
        if (!window.cycle().calendar()) {
            Instant last = latest.end().isAfter(until) ? latest.end() : until;
            Instant transition = Zones.nextTransition(latest.start(), zone);
            if (transition != null && !transition.isAfter(last)) {
                return null;
            }
        }
        return new Memo(zone, latest.start(), until, latest);
    }
}
