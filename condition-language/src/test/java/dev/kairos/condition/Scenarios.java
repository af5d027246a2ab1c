package dev.kairos.condition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The shorthand of the test tables: instants written as local date-times of a named zone, and
 * histories written as a list of events.
 *
 * <p>An instant is {@code 2024-05-01T08:00}, {@code 2024-05-01T07:59:59.999} (local, in the row's
 * zone; in a DST overlap the earlier offset) or {@code 2024-10-27T02:30+01:00} (exact).
 *
 * <p>A history is events separated by commas, each {@code [task] action[#runId] time}: the task
 * defaults to {@link #TASK}, the one being evaluated; the action is a task-log word ({@code run},
 * {@code success}, {@code fail}, {@code terminate}, {@code inaction}, {@code crash}); the time is
 * an instant as above, or a bare time of day ({@code 07:55}) on the date of the row's {@code now}.
 * Example: {@code fetch success 07:55, run 08:00}.
 */
final class Scenarios {
    /** The task whose condition the tables evaluate. */
    static final String TASK = "report";

    private Scenarios() {
    }

    /** One event of a history. */
    record Event(String task, Action action, Instant at, String runId) {
    }

    static ZoneId zone(String zone) {
        return ZoneId.of(zone == null ? "UTC" : zone);
    }

    static Instant instant(String text, ZoneId zone) {
        String t = text.strip();
        int tee = t.indexOf('T');
        String clock = tee < 0 ? t : t.substring(tee + 1);
        if (clock.endsWith("Z") || clock.contains("+") || clock.contains("-")) {
            return OffsetDateTime.parse(t).toInstant();
        }
        return ZonedDateTime.ofLocal(LocalDateTime.parse(t), zone, null).toInstant();
    }

    static List<Event> events(String spec, Instant now, ZoneId zone) {
        List<Event> out = new ArrayList<>();
        if (spec == null || spec.isBlank()) {
            return out;
        }
        LocalDate today = now.atZone(zone).toLocalDate();
        for (String item : spec.split(",")) {
            String[] words = item.strip().split("\\s+");
            if (words.length < 2 || words.length > 3) {
                throw new IllegalArgumentException("bad history event '" + item + "' in '" + spec + "'");
            }
            String task = words.length == 3 ? words[0] : TASK;
            String actionWord = words[words.length - 2];
            String runId = null;
            int hash = actionWord.indexOf('#');
            if (hash >= 0) {
                runId = actionWord.substring(hash + 1);
                actionWord = actionWord.substring(0, hash);
            }
            String time = words[words.length - 1];
            Instant at = time.contains("T")
                    ? instant(time, zone)
                    : ZonedDateTime.ofLocal(LocalDateTime.of(today, LocalTime.parse(time)), zone, null).toInstant();
            out.add(new Event(task, Action.fromCode(actionWord), at, runId));
        }
        return out;
    }

    static InMemoryHistory history(List<Event> events) {
        InMemoryHistory h = new InMemoryHistory();
        for (Event e : events) {
            h.record(e.task(), e.action(), e.at(), e.runId());
        }
        return h;
    }

    static EvaluationContext context(String now, String zone, String history) {
        ZoneId z = zone(zone);
        Instant at = instant(now, z);
        return context(at, z, history(events(history, at, z)));
    }

    static EvaluationContext context(Instant now, ZoneId zone, InMemoryHistory history) {
        return EvaluationContext.builder().now(now).zone(zone).task(TASK).history(history).build();
    }

    /** Asserts the value of a condition in a row's context, showing the explanation when it fails. */
    static void assertValue(String condition, String now, String zone, String history, boolean expected) {
        assertValue(Condition.parse(condition), context(now, zone, history), expected);
    }

    static void assertValue(Condition c, EvaluationContext ctx, boolean expected) {
        boolean actual = c.test(ctx);
        assertEquals(expected, actual, () -> "'" + c + "' at " + ctx.now().atZone(ctx.zone()) + "\n" + explained(c, ctx));
    }

    /**
     * Asserts that {@code nextChange} is strictly after now and not after {@code truth}, the first
     * instant at which the value really changes ({@code never}: only an event can change it).
     * The row's claim is checked too: the value at {@code truth} differs from the value now.
     */
    static void assertNextChangeNotAfter(String condition, String now, String zone, String history, String truth) {
        Condition c = Condition.parse(condition);
        EvaluationContext ctx = context(now, zone, history);
        Instant next = c.nextChange(ctx);
        if (truth.equals("never")) {
            assertEquals(Condition.NEVER, next, () -> explained(c, ctx));
            return;
        }
        Instant limit = instant(truth, zone(zone));
        assertTrue(next.isAfter(ctx.now()), () -> "nextChange " + next + " is not after now\n" + explained(c, ctx));
        assertTrue(!next.isAfter(limit), () -> "nextChange " + next.atZone(ctx.zone()) + " is after the change at "
                + limit.atZone(ctx.zone()) + "\n" + explained(c, ctx));
        assertTrue(c.test(ctx) != c.test(ctx.at(limit)), () -> "the value does not change at " + truth
                + " (a wrong row, or a wrong test())");
    }

    static String explained(Condition c, EvaluationContext ctx) {
        try {
            return c.explain(ctx).render(ctx.zone());
        } catch (RuntimeException e) {
            return "(explain threw " + e + ")";
        }
    }
}
