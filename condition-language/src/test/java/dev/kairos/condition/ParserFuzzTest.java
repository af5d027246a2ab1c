package dev.kairos.condition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Whatever the text, the parser answers with a condition or a {@link ConditionSyntaxException}:
 * never another exception, never a stack overflow. Seeded, so a failure names an input that fails
 * again. The texts run on a thread with a small stack (512 KB, half the JVM's default), so
 * that the limits hold with room to spare wherever a parse runs.
 */
class ParserFuzzTest {
    private static final long SEED = 20261203L;
    private static final int MUTATED = 40_000;
    /** Whole atoms of the language, to be joined, negated, grouped, and then broken. */
    private static final List<String> ATOMS = List.of("daily", "hourly after :30", "weekly between Mon and Fri",
            "monthly before 15th", "minutely starting :10", "daily between 08:00 and 16:30", "weekly on fri 09:00",
            "every 10 minutes", "every 1 hour, 30 seconds", "cron 0 8 * * 1-5", "time of day between 9am and 5pm",
            "time of week after Tue", "time of month on 1st", "task 'fetch' has succeeded today",
            "task 'x' has failed this week", "has started in past 2 hours", "after task 'a'",
            "after all tasks 'a', 'b' succeeded", "retry 3", "while task 'x' is running for more than 5 minutes",
            "scheduler has run over 1 minute", "scheduler started 10 seconds ago", "scheduler has more than 3 cycles",
            "env 'HOME'", "param 'mode' exists", "param 'mode' is 'full'", "file '/tmp/x' exists", "true",
            "always false");
    /** What an edit may insert: operators, brackets, quotes, odd characters and odd values. */
    private static final List<String> NOISE = List.of(" & ", " | ", " and ", " or ", "~", "not ", "(", ")", " ", "'",
            "\"", "\n", "\t", "é", "\u0000", "😀", "99999999999999999999", "25:00", "0 ms", "am", "pm", ",", ":");
    private static final ConditionParser PARSER = ConditionParser.builder()
            .phrase("file {} exists", (values, ctx) -> true).build();

    /** Runs a test's body on a thread with a 512 KB stack, half the JVM's default, and fails as it fails. */
    private static void onSmallStack(Runnable body) throws InterruptedException {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                body.run();
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "parse", 512 * 1024);
        t.start();
        t.join();
        if (failure.get() != null) {
            throw new AssertionError(failure.get().getMessage(), failure.get());
        }
    }

    /** A condition, a syntax exception, or an error that fails the test. */
    private static Object outcome(String text) {
        try {
            return PARSER.parse(text);
        } catch (ConditionSyntaxException e) {
            return e;
        } catch (Throwable e) {
            return new AssertionError("not a syntax exception: " + e, e);
        }
    }

    private static void answers(String label, String text) {
        Object o = outcome(text);
        if (o instanceof AssertionError e) {
            fail(label + " (" + text.length() + " characters, starting "
                    + text.substring(0, Math.min(80, text.length())) + "): " + e.getMessage(), e);
        }
        if (o instanceof ConditionSyntaxException e) {
            assertTrue(e.getMessage().length() < 2_000, label + ": a message of " + e.getMessage().length()
                    + " characters");
        }
    }

    @Test
    void mutated_conditions_give_a_condition_or_a_syntax_exception() throws InterruptedException {
        onSmallStack(() -> {
            Random random = new Random(SEED);
            int parsed = 0;
            for (int i = 0; i < MUTATED; i++) {
                String text = i % 5 == 0 ? junk(random) : mutated(random, condition(random, 3));
                Object o = outcome(text);
                if (o instanceof AssertionError e) {
                    fail("seed " + SEED + ", input " + i + " '" + text + "': " + e.getMessage(), e);
                }
                parsed += o instanceof Condition ? 1 : 0;
            }
            assertTrue(parsed > MUTATED / 4 && parsed < MUTATED * 3 / 4, parsed + " of " + MUTATED
                    + " parsed: the inputs should be about half valid, half broken");
        });
    }

    /** A valid condition of up to {@code depth} levels: atoms joined by operators, some negated or grouped. */
    private static String condition(Random random, int depth) {
        StringBuilder b = new StringBuilder();
        int n = 1 + random.nextInt(3);
        for (int k = 0; k < n; k++) {
            if (k > 0) {
                b.append(List.of(" & ", " | ", " and ", " or ").get(random.nextInt(4)));
            }
            b.append(random.nextInt(4) == 0 ? (random.nextBoolean() ? "~" : "not ") : "");
            b.append(depth > 0 && random.nextInt(3) == 0 ? "(" + condition(random, depth - 1) + ")"
                    : ATOMS.get(random.nextInt(ATOMS.size())));
        }
        return b.toString();
    }

    /** Pieces of the language and noise in any order. */
    private static String junk(Random random) {
        StringBuilder b = new StringBuilder();
        for (int k = random.nextInt(20); k >= 0; k--) {
            List<String> from = random.nextBoolean() ? NOISE : ATOMS;
            String piece = from.get(random.nextInt(from.size()));
            b.append(random.nextBoolean() ? piece : piece.substring(random.nextInt(piece.length())));
        }
        return b.toString();
    }

    /** Half of the texts as they are, the others with one to four edits. */
    private static String mutated(Random random, String text) {
        if (random.nextBoolean()) {
            return text;
        }
        StringBuilder b = new StringBuilder(text);
        int edits = 1 + random.nextInt(4);
        for (int k = 0; k < edits && b.length() > 0; k++) {
            int at = random.nextInt(b.length());
            switch (random.nextInt(4)) {
                case 0 -> b.deleteCharAt(at);
                case 1 -> b.insert(at, NOISE.get(random.nextInt(NOISE.size())));
                case 2 -> b.insert(at, (char) random.nextInt(0x3000));
                default -> b.setCharAt(at, (char) (' ' + random.nextInt(95)));
            }
        }
        return b.toString();
    }

    @Test
    void deep_nesting_of_every_kind_is_a_syntax_exception_past_the_depth_and_a_condition_up_to_it()
            throws InterruptedException {
        onSmallStack(ParserFuzzTest::deepNesting);
    }

    private static void deepNesting() {
        int max = ConditionParser.MAX_DEPTH;
        assertTrue(outcome("(".repeat(max) + "true" + ")".repeat(max)) instanceof Condition);
        assertTrue(outcome("~".repeat(max) + "true") instanceof Condition);
        assertTrue(outcome("~(".repeat(max / 2) + "daily" + ")".repeat(max / 2)) instanceof Condition);
        assertTrue(outcome("(~true & ".repeat(max / 2) + "true" + ")".repeat(max / 2)) instanceof Condition,
                "a '~' ends with its operand");
        for (int n : new int[] {max + 1, 1_000, 10_000, 100_000}) {
            for (String[] open : new String[][] {{"(", ")"}, {"~", ""}, {"not ", ""}, {"~(", ")"}, {"(not ", ")"},
                    {"(true & (", "))"}, {"(((", ""}}) {
                String text = open[0].repeat(n) + "true" + open[1].repeat(n);
                if (text.length() > ConditionParser.MAX_LENGTH) {
                    answers(open[0] + " × " + n, text);
                    continue;
                }
                ConditionSyntaxException e = assertThrows(ConditionSyntaxException.class, () -> PARSER.parse(text));
                assertTrue(e.getMessage().contains("levels deep, expected at most " + max + " levels"), e.getMessage());
                answers(open[0] + " × " + n, text);
            }
        }
    }

    @Test
    void huge_tokens_are_refused_by_length_with_a_short_message() throws InterruptedException {
        onSmallStack(ParserFuzzTest::hugeTokens);
    }

    private static void hugeTokens() {
        int past = ConditionParser.MAX_LENGTH + 1;
        for (String text : new String[] {"a".repeat(1_000_000), "task '" + "x".repeat(past), "'" + "y".repeat(past)
                + "'", "9".repeat(past), "every " + "1".repeat(past) + " minutes", " ".repeat(past) + "daily",
                "daily\n".repeat(past / 6 + 1), "cron " + "1,".repeat(past) + " * * * *"}) {
            ConditionSyntaxException e = assertThrows(ConditionSyntaxException.class, () -> PARSER.parse(text));
            assertTrue(e.summary().endsWith("characters, expected at most 10,000 characters"), e.summary());
            answers("long", text);
        }
        ConditionSyntaxException e = assertThrows(ConditionSyntaxException.class,
                () -> PARSER.parse("daily & " + "q".repeat(5_000)));
        assertEquals("found 'qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq… (5,000 characters)'", e.summary().substring(
                e.summary().indexOf("found "), e.summary().indexOf(", expected")));
        assertTrue(e.getMessage().length() < 600, e.getMessage());
    }
}
