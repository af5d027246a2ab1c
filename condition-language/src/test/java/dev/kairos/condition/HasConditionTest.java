package dev.kairos.condition;

import static dev.kairos.condition.Scenarios.assertValue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code [task 'x'] has <action>} with no period (ever) and with {@code in past D} (or {@code past D}, as
 * Rocketry writes it); the calendar
 * periods are in {@link HasPeriodConditionTest}. "Finished" is success, fail or terminate, not
 * inaction; "started" is a run record.
 */
class HasConditionTest {

    @ParameterizedTest(name = "[{index}] {0} after [{3}] is {4}")
    @CsvSource(delimiter = ';', quoteCharacter = '"', textBlock = """
            # condition                     ; now              ; zone ; history                       ; expected
            has succeeded                   ; 2024-05-01T09:00 ; UTC  ;                               ; false
            has succeeded                   ; 2024-05-01T09:00 ; UTC  ; success 2019-01-01T00:00      ; true
            has succeeded                   ; 2024-05-01T09:00 ; UTC  ; fail 08:00                    ; false
            has succeeded                   ; 2024-05-01T09:00 ; UTC  ; fetch success 08:00           ; false
            has failed                      ; 2024-05-01T09:00 ; UTC  ; fail 08:00                    ; true
            has failed                      ; 2024-05-01T09:00 ; UTC  ; fail 08:00, success 08:30     ; true
            has finished                    ; 2024-05-01T09:00 ; UTC  ; success 08:00                 ; true
            has finished                    ; 2024-05-01T09:00 ; UTC  ; fail 08:00                    ; true
            has finished                    ; 2024-05-01T09:00 ; UTC  ; terminate 08:00               ; true
            has finished                    ; 2024-05-01T09:00 ; UTC  ; inaction 08:00                ; false
            has finished                    ; 2024-05-01T09:00 ; UTC  ; run 07:00, crash 08:00        ; false
            has terminated                  ; 2024-05-01T09:00 ; UTC  ; terminate 08:00               ; true
            has terminated                  ; 2024-05-01T09:00 ; UTC  ; fail 08:00                    ; false
            has inacted                     ; 2024-05-01T09:00 ; UTC  ; inaction 08:00                ; true
            has inacted                     ; 2024-05-01T09:00 ; UTC  ; success 08:00                 ; false
            has started                     ; 2024-05-01T09:00 ; UTC  ; run 08:00                     ; true
            has started                     ; 2024-05-01T09:00 ; UTC  ; success 08:00                 ; false
            has crashed                     ; 2024-05-01T09:00 ; UTC  ; run 07:00, crash 08:00        ; true
            has crashed                     ; 2024-05-01T09:00 ; UTC  ; run 07:00, fail 08:00         ; false
            task 'fetch' has succeeded      ; 2024-05-01T09:00 ; UTC  ; fetch success 08:00           ; true
            task 'fetch' has succeeded      ; 2024-05-01T09:00 ; UTC  ; success 08:00                 ; false
            task 'fetch' has failed         ; 2024-05-01T09:00 ; UTC  ; fetch fail 08:00              ; true
            task 'fetch' has started        ; 2024-05-01T09:00 ; UTC  ; fetch run 08:00               ; true
            task "fetch" has succeeded      ; 2024-05-01T09:00 ; UTC  ; fetch success 08:00           ; true
            task 'it''s' has succeeded      ; 2024-05-01T09:00 ; UTC  ; it's success 08:00            ; true
            task 'FETCH' has succeeded      ; 2024-05-01T09:00 ; UTC  ; fetch success 08:00           ; false
            TASK 'fetch' HAS SUCCEEDED      ; 2024-05-01T09:00 ; UTC  ; fetch success 08:00           ; true
            task 'report' has succeeded     ; 2024-05-01T09:00 ; UTC  ; success 08:00                 ; true
            """)
    void has_without_a_period_looks_at_the_whole_history(String condition, String now, String zone, String history,
            boolean expected) {
        assertValue(condition, now, zone, history, expected);
    }

    @ParameterizedTest(name = "[{index}] {0} at {1} after [{3}] is {4}")
    @CsvSource(delimiter = ';', quoteCharacter = '"', textBlock = """
            # condition                                   ; now                 ; zone ; history                     ; expected
            has started in past 10 minutes                ; 2024-05-01T09:00    ; UTC  ;                             ; false
            has started in past 10 minutes                ; 2024-05-01T09:00    ; UTC  ; run 08:50                   ; false
            has started in past 10 minutes                ; 2024-05-01T09:00    ; UTC  ; run 08:50:01                ; true
            has started in past 10 minutes                ; 2024-05-01T09:00    ; UTC  ; run 08:49:59                ; false
            has started in past 10 minutes                ; 2024-05-01T09:00    ; UTC  ; run 09:00                   ; true
            has succeeded in past 1 hour                  ; 2024-05-01T09:00    ; UTC  ; success 08:00:00.001        ; true
            has succeeded in past 1 hour                  ; 2024-05-01T09:00    ; UTC  ; success 08:00               ; false
            has succeeded in past 1 hour                  ; 2024-05-01T09:00    ; UTC  ; success 08:30, fail 08:40   ; true
            has failed in past 1 day                      ; 2024-05-01T09:00    ; UTC  ; fail 2024-04-30T09:00:01    ; true
            has failed in past 1 day                      ; 2024-05-01T09:00    ; UTC  ; fail 2024-04-30T09:00       ; false
            has finished in past 2 hours, 30 minutes      ; 2024-05-01T09:00    ; UTC  ; terminate 06:30:01          ; true
            has finished in past 2 hours, 30 minutes      ; 2024-05-01T09:00    ; UTC  ; inaction 08:30              ; false
            task 'fetch' has succeeded in past 01:30      ; 2024-05-01T09:00    ; UTC  ; fetch success 07:30:01      ; true
            task 'fetch' has succeeded in past 01:30      ; 2024-05-01T09:00    ; UTC  ; fetch success 07:30         ; false
            task 'fetch' has crashed in past 1 week       ; 2024-05-01T09:00    ; UTC  ; fetch run 2024-04-25T09:00, fetch crash 2024-04-25T10:00 ; true
            has started past 10 minutes                   ; 2024-05-01T09:00    ; UTC  ; run 08:50:01                ; true
            has started past 10 minutes                   ; 2024-05-01T09:00    ; UTC  ; run 08:50                   ; false
            task 'fetch' has failed past 1 hour           ; 2024-05-01T09:00    ; Asia/Kolkata ; fetch fail 08:00:01 ; true
            """)
    void has_in_past_looks_at_the_last_d_excluding_the_instant_d_ago(String condition, String now, String zone,
            String history, boolean expected) {
        assertValue(condition, now, zone, history, expected);
    }
}
