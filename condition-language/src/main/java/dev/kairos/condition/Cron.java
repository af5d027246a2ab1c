package dev.kairos.condition;

import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.parser.CronParser;
import dev.kairos.condition.internal.time.Zones;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

/**
 * {@code cron m h dom mon dow} (UNIX flavour): the current wall-clock minute matches and the task has
 * not started since it began. Across DST: in a repeated hour, a fixed-hour expression fires in the
 * first pass only while an every-hour one ({@code *} hours) fires in both; minutes skipped by a gap
 * fire in the first minute after it.
 */
final class Cron extends Node {
    private static final CronParser PARSER = new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.UNIX));

    private final String fields;
    private final CronSchedule schedule;
    private final boolean everyHour;

    private Cron(String text, String fields, CronSchedule schedule, boolean everyHour) {
        super(text);
        this.fields = fields;
        this.schedule = schedule;
        this.everyHour = everyHour;
    }

    /**
     * Validates the fields with cron-utils, then matches them with bit sets (cron-utils' own matching
     * costs tens of microseconds a minute).
     *
     * @throws IllegalArgumentException if a field is invalid
     */
    static Cron of(String text, String[] fields) {
        PARSER.parse(String.join(" ", fields)).validate();
        return new Cron(text, String.join(" ", fields), CronSchedule.of(fields), "*".equals(fields[1]));
    }

    /** The start of the due minute that contains {@code now}, or {@code null} if now is in no due minute. */
    private Instant dueMinute(Instant now, ZoneId zone) {
        ZoneRules rules = Zones.rules(zone);
        ZoneOffset offset = rules.getOffset(now);
        LocalDateTime minute = Zones.local(now, zone).truncatedTo(ChronoUnit.MINUTES);
        if (matches(minute)) {
            ZoneOffsetTransition t = rules.getTransition(minute);
            boolean secondPass = t != null && t.isOverlap() && offset.equals(t.getOffsetAfter());
            return secondPass && !everyHour ? null : minute.toInstant(offset);
        }
        ZoneOffsetTransition gap = rules.getTransition(minute.minusMinutes(1));
        if (gap != null && gap.isGap() && minute.equals(gap.getDateTimeAfter())) {
            for (LocalDateTime m = gap.getDateTimeBefore(); m.isBefore(gap.getDateTimeAfter()); m = m.plusMinutes(1)) {
                if (matches(m)) {
                    return gap.getInstant();
                }
            }
        }
        return null;
    }

    private boolean matches(LocalDateTime minute) {
        return schedule.matches(minute);
    }

    @Override
    public boolean test(EvaluationContext context) {
        Instant due = dueMinute(context.now(), context.zone());
        if (due == null) {
            return false;
        }
        Instant started = own(context).latest(Action.RUN);
        return started == null || started.isBefore(due);
    }

    @Override
    public Instant nextChange(EvaluationContext context) {
        Instant now = context.now();
        ZoneId zone = context.zone();
        if (test(context)) {
            return dueMinute(now, zone).plus(1, ChronoUnit.MINUTES);
        }
        ZoneOffset offset = Zones.rules(zone).getOffset(now);
        LocalDateTime minute = Zones.local(now, zone).truncatedTo(ChronoUnit.MINUTES);
        LocalDateTime next = schedule.next(minute);
        Instant at = next == null ? NEVER : next.toInstant(offset);
        Instant transition = Zones.nextTransition(now, zone);
        return transition != null && transition.isBefore(at) ? transition : at;
    }

    @Override
    protected String write() {
        return "cron " + fields;
    }

    @Override
    protected String reason(EvaluationContext context, boolean value) {
        Instant due = dueMinute(context.now(), context.zone());
        if (due == null) {
            return "the minute " + Texts.time(context.now().truncatedTo(ChronoUnit.MINUTES), context.zone())
                    + " does not match";
        }
        Instant started = own(context).latest(Action.RUN);
        String minute = "the minute " + Texts.time(due, context.zone()) + " matches";
        return value ? minute + " and the task has not started in it"
                : minute + ", but the task started in it at " + Texts.time(started, context.zone());
    }
}
