package dev.kairos.condition;

import static dev.kairos.condition.Scenarios.assertValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Constants, {@code & | ~}, {@code and or not} and parentheses. {@code ~} binds tightest, then
 * {@code &}, then {@code |}: each row marked "precedence" has a different value under any other
 * reading.
 */
class CompoundConditionTest {

    private static final EvaluationContext ANY = EvaluationContext.builder().now(Instant.EPOCH).build();

    @ParameterizedTest(name = "[{index}] {0} is {1}")
    @CsvSource(delimiter = ';', quoteCharacter = '"', textBlock = """
            # condition                   ; expected
            true                          ; true
            false                         ; false
            always true                   ; true
            always false                  ; false
            TRUE                          ; true
            Always False                  ; false
            true & false                  ; false
            true & true                   ; true
            true and false                ; false
            true | false                  ; true
            false | false                 ; false
            false or false                ; false
            false OR true                 ; true
            ~true                         ; false
            ~false                        ; true
            not true                      ; false
            not not true                  ; true
            ~~false                       ; false
            ~ ~ ~ true                    ; false
            (true)                        ; true
            ((false))                     ; false
            true | false & false          ; true
            false & true | true           ; true
            ~false & false                ; false
            not false and false           ; false
            ~(false & false)              ; true
            (true | false) & false        ; false
            true | true & ~true           ; true
            false | true & ~true          ; false
            false | true & ~false         ; true
            false | false & ~false        ; false
            true|false&false              ; true
            ~true|true                    ; true
            ~(true|true)                  ; false
            true and not false or false   ; true
            false or true and true        ; true
            false or true and false       ; false
            always true & always false    ; false
            not always false              ; true
            """)
    void constants_and_operators_follow_their_precedence(String condition, boolean expected) {
        assertEquals(expected, Condition.parse(condition).test(ANY));
    }

    @ParameterizedTest(name = "[{index}] {0} at {1} after [{3}] is {4}")
    @CsvSource(delimiter = ';', quoteCharacter = '"', textBlock = """
            # condition                                                  ; now              ; zone ; history                          ; expected
            daily after 08:00 & after task 'fetch' succeeded             ; 2024-05-01T09:00 ; UTC  ; fetch run 07:50, fetch success 07:55 ; true
            daily after 08:00 & after task 'fetch' succeeded             ; 2024-05-01T07:00 ; UTC  ; fetch run 06:50, fetch success 06:55 ; false
            daily after 08:00 & after task 'fetch' succeeded             ; 2024-05-01T09:00 ; UTC  ;                                  ; false
            daily after 08:00 and after task 'fetch'                     ; 2024-05-01T09:00 ; UTC  ; fetch success 07:55              ; true
            time of day after 08:00 | task 'fetch' has failed today      ; 2024-05-01T07:00 ; UTC  ; fetch fail 06:00                 ; true
            time of day after 08:00 | task 'fetch' has failed today      ; 2024-05-01T07:00 ; UTC  ; fetch fail 2024-04-30T23:00      ; false
            daily & ~task 'load' is running                              ; 2024-05-01T09:00 ; UTC  ; load run 08:00                   ; false
            daily & not task 'load' is running                           ; 2024-05-01T09:00 ; UTC  ; load run 08:00, load success 08:30 ; true
            (daily after 22:00 | daily before 02:00) & ~has failed today ; 2024-05-01T01:00 ; UTC  ;                                  ; true
            (daily after 22:00 | daily before 02:00) & ~has failed today ; 2024-05-01T01:00 ; UTC  ; fail 00:30                       ; false
            (daily after 22:00 | daily before 02:00) & ~has failed today ; 2024-05-01T12:00 ; UTC  ;                                  ; false
            retry 3 | daily after 08:00                                  ; 2024-05-01T07:00 ; UTC  ; fail 06:00                       ; true
            every 1 hour & time of week between Mon and Fri              ; 2024-05-04T09:00 ; UTC  ;                                  ; false
            every 1 hour & time of week between Mon and Fri              ; 2024-05-03T09:00 ; UTC  ;                                  ; true
            """)
    void operators_combine_every_kind_of_condition(String condition, String now, String zone, String history,
            boolean expected) {
        assertValue(condition, now, zone, history, expected);
    }
}
