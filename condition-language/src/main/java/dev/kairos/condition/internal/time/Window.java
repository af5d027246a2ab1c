package dev.kairos.condition.internal.time;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.util.Objects;

/**
 * A part of a cycle, {@code [start, end)} in nanoseconds from the cycle's start; {@code start >= end}
 * wraps into the next cycle, and {@code start == end} is the whole cycle beginning at {@code start}.
 * An end at the cycle's start is kept as the end of the cycle (the same occurrences), so that one
 * stretch of time has one window.
 * Day, week and month windows are calendar windows resolved by {@link Zones#resolve}. Second, minute
 * and hour windows follow the clock as it reads: they are computed at the offset in force at the
 * instant asked about and cut at the zone's transitions, so an offset change ends an occurrence and,
 * if the clock then reads inside the window, starts a new one; every answer about the future stops
 * at the next transition. Not API.
 */
public record Window(Cycle cycle, long start, long end) {
    private static final int LOOK_BACK = 4;
    private static final int LOOK_AHEAD = 5;

    public Window {
        Objects.requireNonNull(cycle, "cycle");
        if (start < 0 || start >= cycle.nominal() || end < 0 || end > cycle.nominal()) {
            throw new IllegalArgumentException("window [" + start + ", " + end + ") ns outside the " + cycle.word());
        }
        if (end == 0) {
            end = cycle.nominal();
        }
    }

    /** The whole cycle from its usual start. */
    public static Window whole(Cycle cycle) {
        return new Window(cycle, 0, cycle.nominal());
    }

    /** Whether this is the whole cycle from its usual start. */
    public boolean isWhole() {
        return start == 0 && end == cycle.nominal();
    }

    /** Whether the window wraps into the next cycle (or is a whole cycle from {@code start}). */
    public boolean wraps() {
        return start >= end;
    }

    /** The occurrence that contains {@code now}, or {@code null}. */
    public Occurrence containing(Instant now, ZoneId zone) {
        Occurrence o = latestStarted(now, zone);
        return o != null && now.isBefore(o.end()) ? o : null;
    }

    /** The latest occurrence that started at or before {@code now}, or {@code null}. */
    public Occurrence latestStarted(Instant now, ZoneId zone) {
        ZoneOffset offset = Zones.rules(zone).getOffset(now);
        LocalDateTime base = cycle.floor(Zones.local(now, zone));
        for (int k = 1; k >= -LOOK_BACK; k--) {
            LocalDateTime cycleStart = cycle.plus(base, k);
            LocalDateTime s = cycle.at(cycleStart, start, false);
            if (s == null) {
                continue;
            }
            Instant si = instant(s, zone, offset);
            if (!si.isAfter(now)) {
                return clipped(occurrence(cycleStart, s, si, zone, offset), now, zone, offset);
            }
        }
        return null;
    }

    /** The earliest occurrence start strictly after {@code now}, or the zone's next transition if sooner. */
    public Instant nextStart(Instant now, ZoneId zone) {
        ZoneOffset offset = Zones.rules(zone).getOffset(now);
        LocalDateTime base = cycle.floor(Zones.local(now, zone));
        Instant found = null;
        for (int k = 0; k <= LOOK_AHEAD && found == null; k++) {
            LocalDateTime s = cycle.at(cycle.plus(base, k), start, false);
            Instant si = s == null ? null : instant(s, zone, offset);
            if (si != null && si.isAfter(now)) {
                found = si;
            }
        }
        if (found == null) {
            found = cycle.plus(base, LOOK_AHEAD).toInstant(offset);
        }
        return capped(found, now, zone);
    }

    /** The next instant after {@code now} at which being inside the window can change. */
    public Instant nextBoundary(Instant now, ZoneId zone) {
        Instant next = nextStart(now, zone);
        Occurrence o = containing(now, zone);
        return o != null && o.end().isBefore(next) ? o.end() : next;
    }

    private Instant capped(Instant t, Instant now, ZoneId zone) {
        if (cycle.calendar()) {
            return t;
        }
        Instant transition = Zones.nextTransition(now, zone);
        return transition != null && transition.isBefore(t) ? transition : t;
    }

    /** A clock-following occurrence cut at the transitions around {@code now}. */
    private Occurrence clipped(Occurrence o, Instant now, ZoneId zone, ZoneOffset offset) {
        if (cycle.calendar() || Zones.rules(zone).isFixedOffset()) {
            return o;
        }
        Instant s = o.start();
        Instant e = o.end();
        if (!Zones.rules(zone).getOffset(s).equals(offset)) {
            ZoneOffsetTransition previous = Zones.rules(zone).previousTransition(now.plusNanos(1));
            if (previous != null && previous.getInstant().isAfter(s)) {
                s = previous.getInstant();
            }
        }
        if (!Zones.rules(zone).getOffset(e).equals(offset) || !Zones.rules(zone).getOffset(e.minusNanos(1)).equals(offset)) {
            Instant next = Zones.nextTransition(now, zone);
            if (next != null && next.isBefore(e)) {
                e = next;
            }
        }
        return s.isBefore(e) ? new Occurrence(s, e) : o;
    }

    /** The occurrence of the cycle starting at {@code cycleStart}, whose start is {@code s} at {@code si}. */
    private Occurrence occurrence(LocalDateTime cycleStart, LocalDateTime s, Instant si, ZoneId zone,
            ZoneOffset offset) {
        LocalDateTime e = wraps() ? cycle.at(cycle.plus(cycleStart, 1), end, true) : cycle.at(cycleStart, end, true);
        Instant ei = instant(e, zone, offset);
        if (!ei.isAfter(si)) {
            // The whole window fell into a gap: keep its length from the end of the gap.
            ei = si.plus(Duration.between(s, e));
        }
        return new Occurrence(si, ei);
    }

    /** Calendar windows resolve by the zone's rules; shorter ones at the offset of the instant asked about. */
    private Instant instant(LocalDateTime local, ZoneId zone, ZoneOffset offset) {
        return cycle.calendar() ? Zones.resolve(local, zone) : local.toInstant(offset);
    }
}
