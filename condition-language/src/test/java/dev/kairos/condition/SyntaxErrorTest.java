package dev.kairos.condition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The parse errors themselves: the whole message (summary, echoed line, carets) for each kind of
 * mistake, then a table of positions and suggestions for many more.
 */
class SyntaxErrorTest {

    private static final ConditionParser WITH_PHRASE = ConditionParser.builder()
            .phrase("file {} exists", (values, ctx) -> true).build();

    private static ConditionSyntaxException error(ConditionParser parser, String input) {
        return assertThrows(ConditionSyntaxException.class, () -> parser.parse(input), input);
    }

    private static void assertMessage(String input, String expected) {
        assertMessage(ConditionParser.standard(), input, expected);
    }

    private static void assertMessage(ConditionParser parser, String input, String expected) {
        assertEquals(expected, error(parser, input).getMessage());
    }

    @Test
    void a_misspelled_keyword_names_the_accepted_words_and_suggests_the_nearest() {
        assertMessage("task 'x' has succeded", """
                line 1, column 14: found 'succeded', expected one of 'succeeded', 'failed', 'finished', 'terminated', 'inacted', 'started', 'crashed'; did you mean 'succeeded'?
                  task 'x' has succeded
                               ^^^^^^^^""");
    }

    @Test
    void a_misspelled_cycle_at_the_start_suggests_the_cycle() {
        assertMessage("daly after 08:00", """
                line 1, column 1: found 'daly', expected a condition such as 'daily', 'every 10 minutes', 'task 'x' has succeeded', 'after task 'x'', 'true', '~' or '('; did you mean 'daily'?
                  daly after 08:00
                  ^^^^""");
    }

    @Test
    void an_unterminated_quote_is_shown_from_the_quote_to_the_end() {
        assertMessage("task 'fetch has succeeded", """
                line 1, column 6: found an unterminated quoted name 'fetch has succeeded, expected a closing ' (write a quote inside a name twice: '')
                  task 'fetch has succeeded
                       ^^^^^^^^^^^^^^^^^^^^""");
    }

    @Test
    void a_missing_closing_parenthesis_is_reported_at_the_end_of_input() {
        assertMessage("(daily & true", """
                line 1, column 14: found end of input, expected one of '&', '|', ')'
                  (daily & true
                               ^""");
    }

    @Test
    void a_dangling_operator_asks_for_a_condition() {
        assertMessage("daily &", """
                line 1, column 8: found end of input, expected a condition such as 'daily', 'every 10 minutes', 'task 'x' has succeeded', 'after task 'x'', 'true', '~' or '('
                  daily &
                         ^""");
    }

    @Test
    void an_hour_out_of_range_is_an_error_at_parse_time() {
        assertMessage("daily after 25:00", """
                line 1, column 13: found '25:00', expected an hour from 00 to 23
                  daily after 25:00
                              ^^^^^""");
    }

    @Test
    void a_month_day_out_of_range_is_an_error_at_parse_time() {
        assertMessage("monthly on 32nd", """
                line 1, column 12: found '32nd', expected a day of the month from 1st to 31st
                  monthly on 32nd
                             ^^^^""");
    }

    @Test
    void a_zero_duration_is_an_error_at_parse_time() {
        assertMessage("every 0 seconds", """
                line 1, column 7: found '0 seconds', expected a positive duration such as 10 minutes
                  every 0 seconds
                        ^^^^^^^^^""");
    }

    @Test
    void a_cron_field_out_of_range_is_shown_under_that_field() {
        assertMessage("cron 60 * * * *", """
                line 1, column 6: found '60', expected a minute (0-59), with '*', ',', '-' and '/'
                  cron 60 * * * *
                       ^^""");
        assertMessage("cron 0 8 * 13 *", """
                line 1, column 12: found '13', expected a month (1-12 or JAN-DEC), with '*', ',', '-' and '/'
                  cron 0 8 * 13 *
                             ^^""");
    }

    @Test
    void a_cron_with_four_fields_says_five_are_needed() {
        assertMessage("cron 0 8 * *", """
                line 1, column 6: found 4 fields, expected five cron fields: minute hour day-of-month month day-of-week, e.g. 'cron 0 8 * * 1-5'
                  cron 0 8 * *
                       ^^^^^^^""");
    }

    @Test
    void an_unknown_character_is_shown_where_it_stands() {
        assertMessage("daily $ true", """
                line 1, column 7: found '$', expected one of '&', '|', 'before', 'after', 'between', 'starting', 'on', end of input
                  daily $ true
                        ^""");
    }

    @Test
    void a_second_out_of_the_minute_is_an_error_at_parse_time() {
        assertMessage("minutely before 61", """
                line 1, column 17: found '61', expected a second of the minute such as 45, 15.5 or :45, from 0 to 60 (60 only as an end)
                  minutely before 61
                                  ^^""");
    }

    @Test
    void a_month_day_with_a_dot_out_of_range_is_an_error_at_parse_time() {
        assertMessage("time of month after 33.", """
                line 1, column 21: found '33.', expected a day of the month from 1st to 31st
                  time of month after 33.
                                      ^^^""");
    }

    @Test
    void an_unknown_phrase_suggests_the_nearest_registered_word() {
        assertMessage(WITH_PHRASE, "fille '/x' exists", """
                line 1, column 1: found 'fille', expected a condition such as 'daily', 'every 10 minutes', 'task 'x' has succeeded', 'after task 'x'', 'true', '~' or '(', or a registered phrase ('file {} exists'); did you mean 'file'?
                  fille '/x' exists
                  ^^^^^""");
        assertMessage(WITH_PHRASE, "file '/x' exist", """
                line 1, column 11: found 'exist', expected 'exists'; did you mean 'exists'?
                  file '/x' exist
                            ^^^^^""");
    }

    @Test
    void a_millisecond_past_the_second_is_an_error() {
        assertMessage("secondly after 1000", """
                line 1, column 16: found '1000', expected a millisecond of the second such as 500 or 15.005, from 0 to 1000 (1000 only as an end)
                  secondly after 1000
                                 ^^^^""");
    }

    @Test
    void monthly_starting_past_the_28th_is_an_error() {
        assertMessage("monthly starting 29th", """
                line 1, column 18: found '29th', expected a day from 1st to 28th for 'starting' (every month has it)
                  monthly starting 29th
                                   ^^^^""");
    }

    @Test
    void time_of_starting_is_refused() {
        assertMessage("time of day starting 04:00", """
                line 1, column 13: found 'starting 04:00', expected 'between', 'after', 'before' or 'on' ('starting' makes the whole cycle, always true)
                  time of day starting 04:00
                              ^^^^^^^^^^^^^^""");
    }

    @Test
    void an_error_on_line_two_reports_line_two_and_shows_that_line() {
        assertMessage("daily\n& task 'x' has succeded", """
                line 2, column 16: found 'succeded', expected one of 'succeeded', 'failed', 'finished', 'terminated', 'inacted', 'started', 'crashed'; did you mean 'succeeded'?
                  & task 'x' has succeded
                                 ^^^^^^^^""");
        assertMessage("daily\r\n  &\r\n  hourly after :61", """
                line 3, column 16: found ':61', expected a minute of the hour such as 45, :15, :15:30, 15:00, 15:05.5 or 1 quarter, minutes and seconds from 0 to 59 (60:00 only as an end)
                    hourly after :61
                                 ^^^""");
    }

    @Test
    void tabs_count_as_one_column_and_are_echoed_as_spaces() {
        assertMessage("daily\tafter\t25:00", """
                line 1, column 13: found '25:00', expected an hour from 00 to 23
                  daily after 25:00
                              ^^^^^""");
    }

    @Test
    void non_breaking_spaces_are_blanks_and_count_as_one_column() {
        assertMessage("daily\u00a0after\u00a025:00", "line 1, column 13: found '25:00', expected an hour from 00 to 23\n"
                + "  daily\u00a0after\u00a025:00\n"
                + "              ^^^^^");
    }

    @Test
    void a_misspelling_in_upper_case_is_found_as_written_and_suggested_in_lower_case() {
        assertMessage("DAILY AFTER 08:00 & TASK 'x' HAS SUCCEDED", """
                line 1, column 34: found 'SUCCEDED', expected one of 'succeeded', 'failed', 'finished', 'terminated', 'inacted', 'started', 'crashed'; did you mean 'succeeded'?
                  DAILY AFTER 08:00 & TASK 'x' HAS SUCCEDED
                                                   ^^^^^^^^""");
    }

    @Test
    void a_misspelled_window_keyword_is_suggested() {
        ConditionSyntaxException e = error(ConditionParser.standard(), "weekly betwen Mon and Fri");
        assertEquals(8, e.column());
        assertEquals(Optional.of("between"), e.suggestion(), e.getMessage());
    }

    @Test
    void a_misspelled_period_keyword_is_suggested() {
        ConditionSyntaxException e = error(ConditionParser.standard(), "task 'x' has succeeded tody");
        assertEquals(24, e.column());
        assertEquals(Optional.of("today"), e.suggestion(), e.getMessage());
    }

    @Test
    void a_keyword_cut_short_is_completed() {
        ConditionSyntaxException e = error(ConditionParser.standard(), "daily aft 08:00");
        assertEquals(7, e.column());
        assertEquals(Optional.of("after"), e.suggestion(), e.getMessage());
        assertEquals(Optional.of("succeeded"), error(ConditionParser.standard(), "task 'x' has succ").suggestion());
    }

    @Test
    void a_misspelled_weekday_is_suggested() {
        ConditionSyntaxException e = error(ConditionParser.standard(), "weekly after Fry");
        assertEquals(14, e.column());
        assertEquals(Optional.of("Fri"), e.suggestion().map(s -> s.substring(0, 1).toUpperCase() + s.substring(1)),
                e.getMessage());
    }

    @Test
    void a_cron_with_six_fields_says_five_are_needed() {
        ConditionSyntaxException e = error(ConditionParser.standard(), "cron 0 0 8 * * 1");
        assertEquals(true, e.getMessage().contains("five"), e.getMessage());
    }

    @Test
    void time_of_without_a_window_does_not_offer_starting() {
        ConditionSyntaxException e = error(ConditionParser.standard(), "time of day");
        assertEquals(12, e.column());
        assertEquals(false, e.expected().contains("starting"), e.getMessage());
    }

    @Test
    void twenty_four_hundred_as_a_start_says_it_is_only_an_end() {
        ConditionSyntaxException e = error(ConditionParser.standard(), "daily after 24:00");
        assertEquals(13, e.column());
        assertEquals(true, e.expected().contains("24:00"), e.getMessage());
    }

    @ParameterizedTest(name = "[{index}] ''{0}'' at {1}:{2}")
    @CsvSource(delimiter = ';', quoteCharacter = '"', textBlock = """
            # input                                      ; line ; column ; length ; found           ; suggestion
            task 'x' is runing                           ; 1    ; 13     ; 6      ; 'runing'        ; running
            dayly                                        ; 1    ; 1      ; 5      ; 'dayly'         ; daily
            hourli                                       ; 1    ; 1      ; 6      ; 'hourli'        ; hourly
            task 'x' has faild                           ; 1    ; 14     ; 5      ; 'faild'         ; failed
            after task 'x' succeded                      ; 1    ; 16     ; 8      ; 'succeded'      ;
            daily after 13pm                             ; 1    ; 13     ; 4      ; '13pm'          ;
            daily after 8:61                             ; 1    ; 13     ; 4      ; '8:61'          ;
            minutely after :60                           ; 1    ; 16     ; 3      ; ':60'           ;
            hourly after 60:00                           ; 1    ; 14     ; 5      ; '60:00'         ;
            hourly on :15.5                              ; 1    ; 11     ; 5      ; ':15.5'         ;
            weekly on Mon 25:00                          ; 1    ; 15     ; 5      ; '25:00'         ;
            monthly after 0th                            ; 1    ; 15     ; 3      ; '0th'           ;
            monthly after Mon                            ; 1    ; 15     ; 3      ; 'Mon'           ;
            weekly after 15th                            ; 1    ; 14     ; 4      ; '15th'          ;
            daily after :30                              ; 1    ; 13     ; 3      ; ':30'           ;
            daily between 08:00                          ; 1    ; 20     ; 1      ; end of input    ;
            daily))                                      ; 1    ; 6      ; 1      ; ')'             ;
            daily & & hourly                             ; 1    ; 9      ; 1      ; '&'             ;
            true false                                   ; 1    ; 6      ; 5      ; 'false'         ;
            $daily                                       ; 1    ; 1      ; 1      ; '$'             ;
            retry 0                                      ; 1    ; 7      ; 1      ; '0'             ;
            every 10 parsecs                             ; 1    ; 10     ; 7      ; 'parsecs'       ;
            every 1.5                                    ; 1    ; 10     ; 1      ; end of input    ;
            task 'x' is running for more than 0 seconds  ; 1    ; 35     ; 9      ; '0 seconds'     ;
            has succeeded in past 0 minutes              ; 1    ; 23     ; 9      ; '0 minutes'     ;
            scheduler started 0 seconds ago              ; 1    ; 19     ; 9      ; '0 seconds'     ;
            scheduler has more than cycles               ; 1    ; 25     ; 6      ; 'cycles'        ;
            task 'x' has succeeded this fortnight        ; 1    ; 29     ; 9      ; 'fortnight'     ;
            time of year after 1st                       ; 1    ; 9      ; 4      ; 'year'          ;
            env prod                                     ; 1    ; 5      ; 4      ; 'prod'          ;
            after task                                   ; 1    ; 11     ; 1      ; end of input    ;
            cron 0 25 * * *                              ; 1    ; 8      ; 2      ; '25'            ;
            cron 0 8 32 * *                              ; 1    ; 10     ; 2      ; '32'            ;
            cron 0 8 * * 8                               ; 1    ; 14     ; 1      ; '8'             ;
            cron a b c d e                               ; 1    ; 6      ; 1      ; 'a'             ;
            disk is full                                 ; 1    ; 1      ; 4      ; 'disk'          ;
            """)
    void each_mistake_is_located_and_named(String input, int line, int column, int length, String found,
            String suggestion) {
        ConditionSyntaxException e = error(ConditionParser.standard(), input);
        assertEquals(line, e.line(), e.getMessage());
        assertEquals(column, e.column(), e.getMessage());
        assertEquals(length, e.length(), e.getMessage());
        assertEquals(found, e.found(), e.getMessage());
        if (suggestion != null) {
            assertEquals(Optional.of(suggestion), e.suggestion(), e.getMessage());
        }
        assertEquals(input, e.input());
    }

    @ParameterizedTest(name = "[{index}] ''{0}''")
    @CsvSource(delimiter = ';', quoteCharacter = '"', textBlock = """
            # all of these parse, and mean the same as the first
            daily after 08:00
            DAILY After 08:00
            Daily AFTER 8am
            "  daily   after  08:00  "
            """)
    void blanks_and_case_do_not_matter(String input) {
        assertEquals("daily after 08:00", Condition.parse(input).toString().replace("8am", "08:00"));
    }

    @Test
    void tabs_newlines_and_unicode_spaces_are_blanks() {
        for (String input : new String[] {"daily\tafter\t08:00", "daily\nafter\r\n08:00", "daily\u00a0after\u00a008:00",
                "daily\u2003after\u202f08:00", "\ufeffdaily after 08:00", "daily\n&\n\ttask 'x' has succeeded"}) {
            Condition.parse(input);
        }
        EvaluationContext ctx = Scenarios.context("2024-05-01T08:00", "UTC", null);
        assertEquals(true, Condition.parse("daily\u00a0after\u00a008:00").test(ctx));
        assertEquals(false, Condition.parse("daily\u00a0after\u00a008:00").test(ctx.at(ctx.now().minusSeconds(1))));
    }

    @Test
    void a_blank_inside_a_quoted_name_is_kept() {
        assertEquals(java.util.Set.of("a\u00a0b\tc"), Condition.parse("task 'a\u00a0b\tc' is running").taskNames());
    }
}
