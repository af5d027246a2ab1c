package dev.kairos.condition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opentest4j.AssertionFailedError;

/**
 * Evaluation, explanation, next change and next true agree. For each condition, in each of four
 * zone-and-start settings that cross a DST transition, a clock steps from a fixed start (minute by
 * minute, or second by second for the second-level forms, millisecond by millisecond for the
 * sub-second ones; second by second inside any step where
 * the value changed) over a fixed history that lies wholly before the start, and checks that:
 * <ul>
 *   <li>{@code nextChange} is strictly after now, and the value never changes before the instant
 *       that an earlier {@code nextChange} announced;</li>
 *   <li>{@code explain(ctx).value()} equals {@code test(ctx)};</li>
 *   <li>every instant of {@code nextTrue} (asked twice a day) is one at which {@code test} holds,
 *       once the task has run at each earlier one, and the first is the first such instant.</li>
 * </ul>
 */
class NextChangeAgreementTest {

    private static final Duration MINUTE = Duration.ofMinutes(1);
    private static final Duration SECOND = Duration.ofSeconds(1);

    /** Where and when the clock starts: a Saturday, the day before a DST transition. */
    private static final List<String[]> SETTINGS = List.of(
            new String[] {"Europe/Berlin", "2024-03-30T00:00"},
            new String[] {"America/New_York", "2024-11-02T00:00"},
            new String[] {"Australia/Lord_Howe", "2024-10-05T00:00"},
            new String[] {"Australia/Lord_Howe", "2024-04-06T00:00"});

    /** Conditions stepped by the minute over three days. */
    private static final List<String> BY_MINUTE = List.of(
            "daily after 08:00",
            "daily between 22:00 and 02:00",
            "daily starting 04:00",
            "daily between 01:30 and 02:30",
            "hourly between :45 and :15",
            "weekly between Fri and Mon",
            "every 90 minutes",
            "time of day between 10:00 and 12:00",
            "time of week on Sun",
            "task 'fetch' has succeeded in past 1 day",
            "has succeeded today between 22:00 and 02:00",
            "task 'fetch' has succeeded this week",
            "task 'load' is running for more than 2 hours",
            "daily after 08:00 & ~time of week on Sat",
            "time of day after 20:00 | hourly between :10 and :20",
            "(daily starting 04:00 | every 4 hours) & ~(time of day between 12:00 and 13:00)",
            "~has succeeded today & time of hour before :30",
            "daily on 23:01",
            "time of hour between 1 quarter and 3 quarter",
            "task 'fetch' has succeeded past 2 hours");

    /** Cron, stepped by the minute from the Berlin spring-forward day to Monday noon (cron evaluations cost more). */
    private static final List<String> CRON = List.of(
            "cron */15 8-17 * * 1-5",
            "cron 0 3 * * * | cron 30 2 * * *");

    /** Conditions stepped by the half hour over two months. */
    private static final List<String> BY_HALF_HOUR = List.of(
            "monthly between 25th and 5th",
            "monthly on 31st",
            "task 'fetch' has succeeded this month after 15th");

    /** Conditions stepped by the second over three hours. */
    private static final List<String> BY_SECOND = List.of(
            "minutely after :30",
            "time of hour on :15 | time of minute after :50",
            "minutely on 12:00",
            "hourly between 15:05.5 and 45:10.005",
            "minutely starting 12:00");

    /** Sub-second windows, stepped by the millisecond over a minute and a half. */
    private static final List<String> BY_MILLISECOND = List.of(
            "secondly between 15.005 and 45.005",
            "time of minute between 15.5 and 45.5 | secondly starting 500");

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        CRON.forEach(c -> out.add(Arguments.of(c, "Europe/Berlin", "2024-03-31T00:00", MINUTE, Duration.ofHours(36))));
        for (String[] s : SETTINGS) {
            BY_MINUTE.forEach(c -> out.add(Arguments.of(c, s[0], s[1], MINUTE, Duration.ofDays(3))));
            BY_HALF_HOUR.forEach(c -> out.add(Arguments.of(c, s[0], s[1], Duration.ofMinutes(30), Duration.ofDays(62))));
            BY_SECOND.forEach(c -> out.add(Arguments.of(c, s[0], s[1], SECOND, Duration.ofHours(3))));
            BY_MILLISECOND.forEach(c -> out.add(Arguments.of(c, s[0], s[1], Duration.ofMillis(1), Duration.ofSeconds(90))));
        }
        return out.stream();
    }

    /** The fixed history, all before the start: the task ran just before, fetch the evening before, load is running. */
    private static List<Scenarios.Event> history(Instant start) {
        return List.of(
                new Scenarios.Event(Scenarios.TASK, Action.RUN, start.minus(Duration.ofMinutes(10)), null),
                new Scenarios.Event(Scenarios.TASK, Action.SUCCESS, start.minus(Duration.ofMinutes(5)), null),
                new Scenarios.Event("fetch", Action.RUN, start.minus(Duration.ofHours(2)), null),
                new Scenarios.Event("fetch", Action.SUCCESS, start.minus(Duration.ofMinutes(90)), null),
                new Scenarios.Event("load", Action.RUN, start.minus(Duration.ofMinutes(30)), null));
    }

    @ParameterizedTest(name = "[{index}] {0} in {1} from {2} by {3}")
    @MethodSource("cases")
    void value_never_changes_before_the_announced_next_change(String text, String zoneName, String from,
            Duration step, Duration span) {
        walk(Condition.parse(text), ZoneId.of(zoneName), from, step, span);
    }

    @Test
    void the_walk_catches_a_next_change_announced_too_late() {
        Condition late = new FakeCondition(now -> now.plus(Duration.ofHours(2)), false);
        assertThrows(AssertionFailedError.class,
                () -> walk(late, ZoneId.of("UTC"), "2024-05-01T00:00", MINUTE, Duration.ofHours(3)));
    }

    @Test
    void the_walk_catches_an_explanation_that_disagrees() {
        Condition liar = new FakeCondition(FakeCondition::nextHalfHour, true);
        assertThrows(AssertionFailedError.class,
                () -> walk(liar, ZoneId.of("UTC"), "2024-05-01T00:00", MINUTE, Duration.ofHours(3)));
    }

    @Test
    void the_walk_accepts_an_honest_condition() {
        walk(new FakeCondition(FakeCondition::nextHalfHour, false), ZoneId.of("UTC"), "2024-05-01T00:00", MINUTE,
                Duration.ofHours(3));
    }

    private static void walk(Condition condition, ZoneId zone, String from, Duration step, Duration span) {
        Instant start = LocalDateTime.parse(from).atZone(zone).toInstant();
        List<Scenarios.Event> events = history(start);
        EvaluationContext base = Scenarios.context(start, zone, Scenarios.history(events));
        Walk walk = new Walk(condition, base);
        Instant end = start.plus(span);
        Instant nextForecast = start;
        for (Instant t = start; t.isBefore(end); ) {
            boolean value = walk.check(t);
            if (!t.isBefore(nextForecast)) {
                checkNextTrue(walk.condition, base, events, t);
                nextForecast = t.plus(Duration.ofHours(12));
            }
            Instant coarse = t.plus(step);
            if (step.compareTo(SECOND) > 0 && walk.condition.test(base.at(coarse)) != value) {
                for (Instant s = t.plus(SECOND); s.isBefore(coarse); s = s.plus(SECOND)) {
                    walk.check(s);
                }
            }
            t = coarse;
        }
    }

    /**
     * A hand-made condition for testing the walk itself: true in the second half of each hour, a
     * next change given by a function, and an explanation that tells the truth unless asked to lie.
     */
    private record FakeCondition(UnaryOperator<Instant> next, boolean lyingExplanation) implements Condition {
        static Instant nextHalfHour(Instant now) {
            return now.truncatedTo(ChronoUnit.HOURS).plus(Duration.ofMinutes(now.atZone(ZoneOffset.UTC).getMinute() < 30
                    ? 30 : 60));
        }

        @Override
        public boolean test(EvaluationContext context) {
            return context.now().atZone(ZoneOffset.UTC).getMinute() >= 30;
        }

        @Override
        public Instant nextChange(EvaluationContext context) {
            return next.apply(context.now());
        }

        @Override
        public Explanation explain(EvaluationContext context) {
            return new Explanation("fake", test(context) != lyingExplanation, "", nextChange(context), List.of());
        }

        @Override
        public List<Instant> nextTrue(EvaluationContext context, int count) {
            Instant now = context.now();
            return List.of(test(context) ? now : nextHalfHour(now));
        }

        @Override
        public Set<String> taskNames() {
            return Set.of();
        }
    }

    /** The promise made by the latest-reaching nextChange so far, checked at each instant visited. */
    private static final class Walk {
        final Condition condition;
        final EvaluationContext base;
        Instant promisedUntil = Instant.MIN;
        Instant promisedAt;
        boolean promisedValue;

        Walk(Condition condition, EvaluationContext base) {
            this.condition = condition;
            this.base = base;
        }

        boolean check(Instant t) {
            EvaluationContext ctx = base.at(t);
            boolean value = condition.test(ctx);
            if (t.isBefore(promisedUntil) && value != promisedValue) {
                fail("'" + condition + "' changed to " + value + " at " + t.atZone(ctx.zone()) + ", but at "
                        + promisedAt.atZone(ctx.zone()) + " nextChange announced " + promisedUntil.atZone(ctx.zone())
                        + "\n" + Scenarios.explained(condition, base.at(promisedAt)));
            }
            Instant next = condition.nextChange(ctx);
            assertTrue(next.isAfter(t), () -> "nextChange " + next + " is not after now " + t.atZone(ctx.zone())
                    + " for '" + condition + "'");
            Explanation explanation = condition.explain(ctx);
            assertEquals(value, explanation.value(), () -> "explain disagrees with test at " + t.atZone(ctx.zone())
                    + "\n" + explanation.render(ctx.zone()));
            if (next.isAfter(promisedUntil)) {
                promisedUntil = next;
                promisedAt = t;
                promisedValue = value;
            }
            return value;
        }
    }

    private static void checkNextTrue(Condition c, EvaluationContext base, List<Scenarios.Event> events, Instant now) {
        ZoneId zone = base.zone();
        List<Instant> instants = c.nextTrue(base.at(now), 3);
        assertTrue(instants.size() <= 3, () -> "nextTrue gave " + instants.size() + " instants for 3");
        List<Scenarios.Event> simulated = new ArrayList<>(events);
        Instant previous = null;
        for (Instant i : instants) {
            Instant after = previous;
            assertTrue(!i.isBefore(now) && (after == null || i.isAfter(after)),
                    () -> "nextTrue at " + now.atZone(zone) + " gave " + i.atZone(zone) + " out of order: " + instants);
            EvaluationContext at = Scenarios.context(i, zone, Scenarios.history(simulated));
            assertTrue(c.test(at), () -> "nextTrue at " + now.atZone(zone) + " gave " + i.atZone(zone)
                    + " where '" + c + "' is false\n" + Scenarios.explained(c, at));
            if (previous == null && i.isAfter(now)) {
                Instant before = i.minusMillis(1).isBefore(now) ? now : i.minusMillis(1);
                EvaluationContext just = Scenarios.context(before, zone, Scenarios.history(simulated));
                assertTrue(!c.test(just), () -> "nextTrue at " + now.atZone(zone) + " gave " + i.atZone(zone)
                        + " but '" + c + "' already holds at " + before.atZone(zone));
            }
            simulated.add(new Scenarios.Event(Scenarios.TASK, Action.RUN, i, null));
            simulated.add(new Scenarios.Event(Scenarios.TASK, Action.SUCCESS, i, null));
            previous = i;
        }
    }
}
