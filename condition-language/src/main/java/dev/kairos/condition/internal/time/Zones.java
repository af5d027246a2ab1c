package dev.kairos.condition.internal.time;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.concurrent.ConcurrentHashMap;

/** Wall-clock times to instants, by the DST rules of the language. Not API. */
public final class Zones {
    /** {@link ZoneOffset#getRules()} makes new rules at every call; evaluation asks for them a lot. */
    private static final ConcurrentHashMap<ZoneOffset, ZoneRules> FIXED = new ConcurrentHashMap<>();

    private Zones() {
    }

    /** The zone's rules, made once for a {@link ZoneOffset}. */
    public static ZoneRules rules(ZoneId zone) {
        return zone instanceof ZoneOffset o ? FIXED.computeIfAbsent(o, ZoneOffset::getRules) : zone.getRules();
    }

    /** As {@link LocalDateTime#ofInstant}, with the rules from {@link #rules}. */
    public static LocalDateTime local(Instant instant, ZoneId zone) {
        return LocalDateTime.ofEpochSecond(instant.getEpochSecond(), instant.getNano(), rules(zone).getOffset(instant));
    }

    /**
     * The instant of a wall-clock time: in a gap, the first instant after it (the transition); in an
     * overlap, the first occurrence.
     */
    public static Instant resolve(LocalDateTime local, ZoneId zone) {
        ZoneRules rules = rules(zone);
        if (rules.isFixedOffset()) {
            return local.toInstant(rules.getOffset(Instant.EPOCH));
        }
        ZoneOffsetTransition t = rules.getTransition(local);
        if (t == null) {
            return local.toInstant(rules.getOffset(local));
        }
        return t.isGap() ? t.getInstant() : local.toInstant(t.getOffsetBefore());
    }

    /** The next offset change strictly after {@code now}, or {@code null} if the zone has none. */
    public static Instant nextTransition(Instant now, ZoneId zone) {
        ZoneRules rules = rules(zone);
        if (rules.isFixedOffset()) {
            return null;
        }
        ZoneOffsetTransition t = rules.nextTransition(now);
        return t == null ? null : t.getInstant();
    }
}
