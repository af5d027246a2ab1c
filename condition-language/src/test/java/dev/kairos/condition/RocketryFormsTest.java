package dev.kairos.condition;

import static dev.kairos.condition.Scenarios.assertValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The forms Rocketry users write, read as Rocketry reads them: each parses, writes its canonical
 * text, which parses back to an equal condition, and holds exactly inside its window, checked at the
 * window's edges in two zones (the instants are local times of the zone, so a window computed in
 * the wrong zone fails: Asia/Kolkata is 5:30 ahead of UTC). 2024-05-01 is a Wednesday.
 */
class RocketryFormsTest {
    private static final String[] ZONES = {"UTC", "Asia/Kolkata"};

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("dev.kairos.condition.FormTable#forms")
    void each_form_parses_and_writes_its_canonical_text_which_reads_back_equal(FormTable.Form form) {
        Node parsed = (Node) Condition.parse(form.text());
        assertEquals(form.canonical(), parsed.canonical());
        Condition reread = Condition.parse(form.canonical());
        assertEquals(parsed, reread);
        assertEquals(parsed.hashCode(), reread.hashCode());
        assertEquals(form.canonical(), ((Node) reread).canonical());
        assertEquals(parsed, Condition.parse(parsed.toString()), "the text as written reads back too");
    }

    @ParameterizedTest(name = "[{index}] {0} at {1} after [{2}] is {3}")
    @CsvSource(delimiter = ';', quoteCharacter = '"', textBlock = """
            # condition                                  ; now (local)                   ; history                  ; expected
            minutely before 45                           ; 2024-05-01T09:00:00           ;                          ; true
            minutely before 45                           ; 2024-05-01T09:00:44.999999999 ;                          ; true
            minutely before 45                           ; 2024-05-01T09:00:45           ;                          ; false
            minutely after 45:00                         ; 2024-05-01T09:00:44.999       ;                          ; false
            minutely after 45:00                         ; 2024-05-01T09:00:45           ;                          ; true
            minutely after 45:00                         ; 2024-05-01T09:01:00           ;                          ; false
            minutely after 45:00                         ; 2024-05-01T09:00:50           ; success 09:00:46         ; false
            time of minute between 15 and 45             ; 2024-05-01T09:00:14.999       ;                          ; false
            time of minute between 15 and 45             ; 2024-05-01T09:00:15           ;                          ; true
            time of minute between 15 and 45             ; 2024-05-01T09:00:44.999       ;                          ; true
            time of minute between 15 and 45             ; 2024-05-01T09:00:45           ;                          ; false
            time of minute between 15.5 and 45.5         ; 2024-05-01T09:00:15.499999999 ;                          ; false
            time of minute between 15.5 and 45.5         ; 2024-05-01T09:00:15.5         ;                          ; true
            time of minute between 15.5 and 45.5         ; 2024-05-01T09:00:45.499999999 ;                          ; true
            time of minute between 15.5 and 45.5         ; 2024-05-01T09:00:45.5         ;                          ; false
            time of minute between 15.000005 and 45.000005 ; 2024-05-01T09:00:15.000004999 ;                        ; false
            time of minute between 15.000005 and 45.000005 ; 2024-05-01T09:00:15.000005  ;                          ; true
            time of minute between 15.000005 and 45.000005 ; 2024-05-01T09:00:45.000004999 ;                        ; true
            time of minute between 15.000005 and 45.000005 ; 2024-05-01T09:00:45.000005  ;                          ; false
            hourly between 15:05.5 and 45:10.005         ; 2024-05-01T09:15:05.499999999 ;                          ; false
            hourly between 15:05.5 and 45:10.005         ; 2024-05-01T09:15:05.5         ;                          ; true
            hourly between 15:05.5 and 45:10.005         ; 2024-05-01T09:45:10.004999999 ;                          ; true
            hourly between 15:05.5 and 45:10.005         ; 2024-05-01T09:45:10.005       ;                          ; false
            hourly between 15:05.5 and 45:10.005         ; 2024-05-01T09:30              ; success 09:20            ; false
            hourly between 15:05.5 and 45:10.005         ; 2024-05-01T10:30              ; success 09:20            ; true
            secondly between 45 and 46                   ; 2024-05-01T09:00:00.044999999 ;                          ; false
            secondly between 45 and 46                   ; 2024-05-01T09:00:00.045       ;                          ; true
            secondly between 45 and 46                   ; 2024-05-01T09:00:00.045999999 ;                          ; true
            secondly between 45 and 46                   ; 2024-05-01T09:00:00.046       ;                          ; false
            secondly between 15.005 and 45.005           ; 2024-05-01T09:00:07.015004999 ;                          ; false
            secondly between 15.005 and 45.005           ; 2024-05-01T09:00:07.015005    ;                          ; true
            secondly between 15.005 and 45.005           ; 2024-05-01T09:00:07.045004999 ;                          ; true
            secondly between 15.005 and 45.005           ; 2024-05-01T09:00:07.045005    ;                          ; false
            secondly between 15.005 and 45.005           ; 2024-05-01T09:00:07.030       ; success 09:00:07.020     ; false
            secondly between 15.005 and 45.005           ; 2024-05-01T09:00:08.030       ; success 09:00:07.020     ; true
            monthly after 1.                             ; 2024-05-01T00:00              ;                          ; true
            monthly after 2.                             ; 2024-05-01T23:59:59.999       ;                          ; false
            monthly after 2.                             ; 2024-05-02T00:00              ;                          ; true
            time of month between 22. and 2.             ; 2024-05-21T23:59:59.999       ;                          ; false
            time of month between 22. and 2.             ; 2024-05-22T00:00              ;                          ; true
            time of month between 22. and 2.             ; 2024-06-02T23:59:59.999       ;                          ; true
            time of month between 22. and 2.             ; 2024-06-03T00:00              ;                          ; false
            time of month on 2.                          ; 2024-05-01T23:59:59.999       ;                          ; false
            time of month on 2.                          ; 2024-05-02T00:00              ;                          ; true
            time of month on 2.                          ; 2024-05-03T00:00              ;                          ; false
            minutely starting 12:00                      ; 2024-05-01T09:00:11.999       ; success 08:59:12         ; false
            minutely starting 12:00                      ; 2024-05-01T09:00:12           ; success 08:59:12         ; true
            minutely starting 12:00                      ; 2024-05-01T09:00:11.999       ; success 08:59:11.999     ; true
            secondly starting 500                        ; 2024-05-01T09:00:00.499       ; success 08:59:59.600     ; false
            secondly starting 500                        ; 2024-05-01T09:00:00.500       ; success 08:59:59.600     ; true
            monthly starting 1.                          ; 2024-05-31T23:59:59.999       ; success 2024-05-01T00:00 ; false
            monthly starting 1.                          ; 2024-06-01T00:00              ; success 2024-05-01T00:00 ; true
            hourly between 10:00 and 10:00               ; 2024-05-01T09:09:59.999       ; success 08:10            ; false
            hourly between 10:00 and 10:00               ; 2024-05-01T09:10              ; success 08:10            ; true
            time of week between Tue 00:00 and Tue 00:00 ; 2024-04-29T23:59:59.999       ;                          ; true
            time of week between Tue 00:00 and Tue 00:00 ; 2024-04-30T00:00              ;                          ; true
            daily on 23:01                               ; 2024-05-01T23:00:59.999       ;                          ; false
            daily on 23:01                               ; 2024-05-01T23:01              ;                          ; true
            daily on 23:01                               ; 2024-05-02T00:00:59.999       ;                          ; true
            daily on 23:01                               ; 2024-05-02T00:01              ; success 2024-05-01T23:30 ; false
            daily on 23:01                               ; 2024-05-02T00:00:30           ; success 2024-05-01T23:30 ; false
            minutely on 12:00                            ; 2024-05-01T09:00:11.999       ;                          ; false
            minutely on 12:00                            ; 2024-05-01T09:00:12           ;                          ; true
            minutely on 12:00                            ; 2024-05-01T09:00:12.999       ;                          ; true
            minutely on 12:00                            ; 2024-05-01T09:00:13           ;                          ; false
            time of hour between 1 quarter and 3 quarter ; 2024-05-01T09:14:59.999999999 ;                          ; false
            time of hour between 1 quarter and 3 quarter ; 2024-05-01T09:15             ;                          ; true
            time of hour between 1 quarter and 3 quarter ; 2024-05-01T09:44:59.999999999 ;                          ; true
            time of hour between 1 quarter and 3 quarter ; 2024-05-01T09:45             ;                          ; false
            task 'x' has succeeded past 15 minutes       ; 2024-05-01T08:59:59.999       ; x success 08:45          ; true
            task 'x' has succeeded past 15 minutes       ; 2024-05-01T09:00              ; x success 08:45          ; false
            has failed past 1 hour                       ; 2024-05-01T09:00              ; fail 08:00:00.001        ; true
            """)
    void each_form_holds_exactly_inside_its_window_in_two_zones(String condition, String now, String history,
            boolean expected) {
        for (String zone : ZONES) {
            assertValue(condition, now, zone, history, expected);
        }
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = ';', quoteCharacter = '"', textBlock = """
            # the same stretch of time, written two ways
            daily on 10am                            ; daily between 10:00 and 11:00
            monthly starting 1.                      ; monthly
            daily between 22:00 and 00:00            ; daily after 22:00
            time of minute before :45.5              ; time of minute before 45.5
            hourly before 30                         ; hourly before 2 quarters
            minutely after 45:00                     ; minutely after 45
            task 'x' has succeeded past 15 minutes   ; task 'x' has succeeded in past 900 s
            after task 'a'                           ; after all tasks 'a' succeeded
            env 'prod'                               ; param 'env' is 'prod'
            daily after 8am                          ; daily after 08:00:00
            """)
    void conditions_are_equal_by_their_values_not_their_spelling(String one, String other) {
        assertEquals(Condition.parse(one), Condition.parse(other));
        assertEquals(Condition.parse(one).hashCode(), Condition.parse(other).hashCode());
    }

    @ParameterizedTest(name = "[{index}] {0} / {1}")
    @CsvSource(delimiter = ';', quoteCharacter = '"', textBlock = """
            daily after 08:00                  ; daily after 08:00:01
            daily                              ; time of day between 00:00 and 24:00
            minutely before 45                 ; minutely before 45.000000001
            secondly                           ; minutely
            after task 'a'                     ; after task 'a' failed
            after all tasks 'a', 'b'           ; after any tasks 'a', 'b'
            """)
    void different_values_are_different_conditions(String one, String other) {
        assertNotEquals(Condition.parse(one), Condition.parse(other));
    }

    @ParameterizedTest(name = "[{index}] ''{0}''")
    @CsvSource(delimiter = ';', quoteCharacter = '"', textBlock = """
            # input                              ; column ; found          ; expected (a part of it)
            minutely before 61                   ; 17     ; '61'           ; from 0 to 60 (60 only as an end)
            minutely after 60                    ; 16     ; '60'           ; 60 only as an end
            minutely after 45:30                 ; 16     ; '45:30'        ; only :00 may follow it
            minutely before 15.0000000005        ; 17     ; '15.0000000005'; to the nanosecond at most
            time of month after 33.              ; 21     ; '33.'          ; a day of the month from 1st to 31st
            time of month after 0.               ; 21     ; '0.'           ; a day of the month from 1st to 31st
            monthly after 2.5                    ; 15     ; '2.5'          ; a day of the month such as 1st, 1.
            secondly before 1001                 ; 17     ; '1001'         ; from 0 to 1000
            secondly after 1000                  ; 16     ; '1000'         ; 1000 only as an end
            hourly after 60                      ; 14     ; '60'           ; 60:00 only as an end
            hourly before 60:01                  ; 15     ; '60:01'        ; 60:00 only as an end
            hourly between 5 quarter and 1 q     ; 16     ; '5 quarter'    ; quarters of the hour from 0 to 4
            hourly on :15.5                      ; 11     ; ':15.5'        ; minutes and seconds from 0 to 59
            daily after 10                       ; 13     ; '10'           ; a time of day such as 08:00
            daily after 10:00.5                  ; 13     ; '10:00.5'      ; 08:00:30.5
            weekly after 3                       ; 14     ; '3'            ; a weekday such as Mon
            daily before 00:00                   ; 7      ; 'before 00:00' ; 'before' the start is empty
            monthly between 30th and 30th 00:00  ; 9      ; 'between 30th and 30th 00:00' ; from 1st to 28th
            time of day starting 04:00           ; 13     ; 'starting 04:00' ; 'between', 'after', 'before' or 'on'
            """)
    void a_value_out_of_range_for_its_unit_fails_with_line_column_and_caret(String input, int column, String found,
            String expected) {
        ConditionSyntaxException e = assertThrows(ConditionSyntaxException.class, () -> Condition.parse(input));
        assertEquals(1, e.line(), e.getMessage());
        assertEquals(column, e.column(), e.getMessage());
        assertEquals(found, e.found(), e.getMessage());
        assertTrue(e.expected().contains(expected), e.getMessage());
        String carets = e.getMessage().lines().reduce((a, b) -> b).orElseThrow();
        assertEquals(" ".repeat(column + 1) + "^".repeat(found.length() - 2), carets, e.getMessage());
    }
}
