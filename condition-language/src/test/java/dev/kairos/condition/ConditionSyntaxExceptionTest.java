package dev.kairos.condition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The message layout, independent of the parser: summary line, the culprit's line, carets. */
class ConditionSyntaxExceptionTest {

    @Test
    void the_message_shows_the_line_and_carets_under_the_culprit() {
        ConditionSyntaxException e = new ConditionSyntaxException("task 'x' has succeded", 1, 14, 8, "'succeded'",
                "one of 'succeeded', 'failed'", "succeeded");
        assertEquals("""
                line 1, column 14: found 'succeded', expected one of 'succeeded', 'failed'; did you mean 'succeeded'?
                  task 'x' has succeded
                               ^^^^^^^^""", e.getMessage());
        assertEquals("line 1, column 14: found 'succeded', expected one of 'succeeded', 'failed'; did you mean 'succeeded'?",
                e.summary());
        assertEquals(1, e.line());
        assertEquals(14, e.column());
        assertEquals(8, e.length());
        assertEquals("'succeded'", e.found());
        assertEquals("one of 'succeeded', 'failed'", e.expected());
        assertEquals(Optional.of("succeeded"), e.suggestion());
        assertEquals("task 'x' has succeded", e.input());
    }

    @Test
    void without_a_suggestion_the_summary_ends_at_what_is_expected() {
        ConditionSyntaxException e = new ConditionSyntaxException("daily &", 1, 8, 1, "end of input", "a condition",
                null);
        assertEquals("""
                line 1, column 8: found end of input, expected a condition
                  daily &
                         ^""", e.getMessage());
        assertEquals(Optional.empty(), e.suggestion());
    }

    @Test
    void only_the_culprits_line_is_shown_and_tabs_are_echoed_as_spaces() {
        ConditionSyntaxException e = new ConditionSyntaxException("daily\n&\tfoo bar", 2, 3, 3, "'foo'", "x", null);
        assertEquals("""
                line 2, column 3: found 'foo', expected x
                  & foo bar
                    ^^^""", e.getMessage());
    }

    @Test
    void carets_stop_at_the_end_of_the_line_but_at_least_one_is_drawn() {
        ConditionSyntaxException longer = new ConditionSyntaxException("abc", 1, 2, 10, "'bc'", "x", null);
        assertTrue(longer.getMessage().endsWith("\n  abc\n   ^^"), longer.getMessage());
        ConditionSyntaxException zero = new ConditionSyntaxException("abc", 1, 4, 0, "end of input", "x", null);
        assertTrue(zero.getMessage().endsWith("\n  abc\n     ^"), zero.getMessage());
    }

    @Test
    void windows_line_ends_count_as_one_line_break() {
        ConditionSyntaxException e = new ConditionSyntaxException("daily\r\nfoo", 2, 1, 3, "'foo'", "x", null);
        assertTrue(e.getMessage().endsWith("\n  foo\n  ^^^"), e.getMessage());
    }
}
