package dev.kairos.condition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The typed API builds the very condition the parser makes of the same text, shows its canonical
 * text, which parses back to an equal condition (over every form of {@link FormTable}), and rejects
 * a bad value at once with the parser's own message.
 */
class ConditionsTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("dev.kairos.condition.FormTable#forms")
    void each_form_built_in_java_equals_the_parsed_one_and_shows_its_canonical_text(FormTable.Form form) {
        Condition built = form.built().get();
        Condition parsed = Condition.parse(form.text());
        assertEquals(parsed, built);
        assertEquals(parsed.hashCode(), built.hashCode());
        assertEquals(form.canonical(), built.toString());
        assertEquals(built, Condition.parse(built.toString()), "the round trip");
        assertEquals(parsed.taskNames(), built.taskNames());
        assertEquals(parsed.parameterNames(), built.parameterNames());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("dev.kairos.condition.FormTable#forms")
    void a_built_condition_evaluates_as_the_parsed_one(FormTable.Form form) {
        Condition built = form.built().get();
        Condition parsed = Condition.parse(form.text());
        Instant start = Instant.parse("2024-05-01T07:59:58.5Z");
        for (String zone : new String[] {"UTC", "Europe/Berlin"}) {
            for (int i = 0; i < 40; i++) {
                Instant now = start.plusMillis(i * 123_457L);
                EvaluationContext ctx = EvaluationContext.builder().now(now).zone(java.time.ZoneId.of(zone))
                        .task("x").schedulerStarted(start).cycles(3).build();
                assertEquals(parsed.test(ctx), built.test(ctx), () -> form + " at " + now);
                assertEquals(parsed.nextChange(ctx), built.nextChange(ctx), () -> form + " at " + now);
            }
        }
    }

    static Stream<Arguments> badValues() {
        return Stream.of(
                bad(() -> Conditions.minutely().before("61"), "minutely before 61", 17, "'61'"),
                bad(() -> Conditions.timeOfMonth().after("33."), "time of month after 33.", 21, "'33.'"),
                bad(() -> Conditions.daily().between("08:00", "25:00"), "daily between 08:00 and 25:00", 25, "'25:00'"),
                bad(() -> Conditions.daily().after("08:00 | true"), "daily after 08:00 | true", 19, "'|'", false),
                bad(() -> Conditions.weekly().on("Fry"), "weekly on Fry", 11, "'Fry'"),
                bad(() -> Conditions.hourly().before("1 quarter & true"), "hourly before 1 quarter & true", 25, "'&'", false),
                bad(() -> Conditions.every(Duration.ZERO), "every 0s", 7, "'0s'"),
                bad(() -> Conditions.every(Duration.ofSeconds(-5)), "every -5s", 7, "'-5s'", false),
                bad(() -> Conditions.isRunning("x").forMoreThan(Duration.ofMinutes(-1)),
                        "task 'x' is running for more than -1m", 35, "'-1m'", false),
                bad(() -> Conditions.hasSucceeded().inPast(Duration.ZERO), "has succeeded in past 0s", 23, "'0s'"),
                bad(() -> Conditions.retry(0), "retry 0", 7, "'0'"),
                bad(() -> Conditions.retry(-2), "retry -2", 7, "'-2'", false),
                bad(() -> Conditions.schedulerCycles(-1), "scheduler has -1 cycles", 15, "'-1'", false),
                bad(() -> Conditions.cron("60 * * * *"), "cron 60 * * * *", 6, "'60'"),
                bad(() -> Conditions.cron("* * * *"), "cron * * * *", 6, "4 fields"),
                bad(() -> Conditions.afterSuccess(" "), "after task ' ' succeeded", 12, "the empty name ' '"),
                bad(() -> Conditions.hasFailed("x").thisWeek().after("15th"), "task 'x' has failed this week after 15th",
                        37, "'15th'"));
    }

    private static Arguments bad(Supplier<Condition> call, String text, int column, String found) {
        return bad(call, text, column, found, true);
    }

    /** {@code parsedAlike}: the parser fails on the same text with the same message (a text it can read at all). */
    private static Arguments bad(Supplier<Condition> call, String text, int column, String found, boolean parsedAlike) {
        return Arguments.of(text, call, column, found, parsedAlike);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("badValues")
    void a_bad_value_fails_at_once_with_the_message_the_parser_gives_its_text(String text, Supplier<Condition> call,
            int column, String found, boolean parsedAlike) {
        ConditionSyntaxException e = assertThrows(ConditionSyntaxException.class, call::get);
        assertEquals(text, e.input());
        assertEquals(column, e.column(), e.getMessage());
        assertEquals(found, e.found(), e.getMessage());
        if (parsedAlike) {
            ConditionSyntaxException parsed = assertThrows(ConditionSyntaxException.class, () -> Condition.parse(text));
            assertEquals(parsed.getMessage(), e.getMessage());
        } else if (text.contains("-")) {
            // The parser cannot read a minus sign at all; the message is the one it gives a zero.
            assertTrue(e.expected().equals("a positive duration such as 10 minutes")
                    || e.expected().startsWith("a whole number"), e.getMessage());
        }
    }

    @Test
    void names_are_quoted_as_the_text_quotes_them() {
        Condition c = Conditions.hasSucceeded("it's \"here\"").today();
        assertEquals("task 'it''s \"here\"' has succeeded today", c.toString());
        assertEquals(Set.of("it's \"here\""), c.taskNames());
        assertEquals(Set.of("a", "b"), Conditions.afterAnySuccess("a", "b").taskNames());
        assertEquals(Set.of("env"), Conditions.env("prod").parameterNames());
    }

    @Test
    void and_or_open_up_parts_of_their_own_kind() {
        Condition a = Conditions.daily();
        Condition b = Conditions.retry();
        Condition c = Conditions.env("prod");
        assertEquals("daily & retry & env 'prod'", a.and(b).and(c).toString());
        assertEquals("daily & retry & env 'prod'", a.and(b.and(c)).toString());
        assertEquals("(daily | retry) & env 'prod'", a.or(b).and(c).toString());
        assertEquals("daily | (retry & env 'prod')", a.or(b.and(c)).toString());
        assertEquals(Condition.parse("daily | (retry & env 'prod')"), a.or(b.and(c)));
        assertEquals(Condition.parse("daily after 8am & retry"), Condition.parse("daily after 8am").and(b));
        assertEquals("daily after 08:00 & retry", Condition.parse("daily after 8am").and(b).toString());
        assertEquals(a, Conditions.allOf(a));
    }

    @Test
    void only_conditions_of_kairos_combine_and_nulls_are_refused() {
        Condition own = new Condition() {
            @Override
            public boolean test(EvaluationContext context) {
                return true;
            }

            @Override
            public Instant nextChange(EvaluationContext context) {
                return NEVER;
            }

            @Override
            public Explanation explain(EvaluationContext context) {
                return null;
            }

            @Override
            public Set<String> taskNames() {
                return Set.of();
            }
        };
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Conditions.daily().and(own));
        assertTrue(e.getMessage().contains("Conditions"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Conditions.not(own));
        assertThrows(NullPointerException.class, () -> Conditions.daily().between(null, "10:00"));
        assertThrows(NullPointerException.class, () -> Conditions.every(null));
        assertThrows(NullPointerException.class, () -> Conditions.hasFailed(null));
        assertThrows(NullPointerException.class, () -> Conditions.daily().or(null));
    }
}
