package dev.kairos.condition;

import static dev.kairos.condition.Scenarios.assertValue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code [while] task 'x' is running [for more than D]}: a live run, started strictly more than D ago. */
class RunningConditionTest {

    @ParameterizedTest(name = "[{index}] {0} at {1} after [{3}] is {4}")
    @CsvSource(delimiter = ';', quoteCharacter = '"', textBlock = """
            # condition                                     ; now                     ; zone ; history                                      ; expected
            task 'load' is running                          ; 2024-05-01T09:00        ; UTC  ;                                              ; false
            task 'load' is running                          ; 2024-05-01T09:00        ; UTC  ; load run 08:00                               ; true
            task 'load' is running                          ; 2024-05-01T09:00        ; UTC  ; load run 08:00, load success 08:30           ; false
            task 'load' is running                          ; 2024-05-01T09:00        ; UTC  ; load run 08:00, load fail 08:30              ; false
            task 'load' is running                          ; 2024-05-01T09:00        ; UTC  ; load run 08:00, load terminate 08:30         ; false
            task 'load' is running                          ; 2024-05-01T09:00        ; UTC  ; load run 08:00, load inaction 08:30          ; false
            task 'load' is running                          ; 2024-05-01T09:00        ; UTC  ; load run 08:00, load crash 08:30             ; false
            task 'load' is running                          ; 2024-05-01T09:00        ; UTC  ; load run#a 08:00, load run#b 08:10, load success#a 08:30 ; true
            task 'load' is running                          ; 2024-05-01T09:00        ; UTC  ; run 08:00                                    ; false
            task 'report' is running                        ; 2024-05-01T09:00        ; UTC  ; run 08:00                                    ; true
            while task 'load' is running                    ; 2024-05-01T09:00        ; UTC  ; load run 08:00                               ; true
            while task 'load' is running                    ; 2024-05-01T09:00        ; UTC  ;                                              ; false
            task 'load' is running for more than 2 hours    ; 2024-05-01T09:59:59     ; UTC  ; load run 08:00                               ; false
            task 'load' is running for more than 2 hours    ; 2024-05-01T10:00        ; UTC  ; load run 08:00                               ; false
            task 'load' is running for more than 2 hours    ; 2024-05-01T10:00:00.001 ; UTC  ; load run 08:00                               ; true
            task 'load' is running for more than 2 hours    ; 2024-05-01T10:00:01     ; UTC  ; load run 08:00                               ; true
            task 'load' is running for more than 2 hours    ; 2024-05-01T12:00        ; UTC  ; load run 08:00, load success 09:00           ; false
            task 'load' is running for more than 2 hours    ; 2024-05-01T10:00        ; UTC  ; load run#a 07:00, load run#b 09:00           ; true
            task 'load' is running for more than 2 hours    ; 2024-05-01T10:00        ; UTC  ; load run#a 07:00, load run#b 09:00, load success#a 09:30 ; false
            task 'load' is running for more than 2 hours    ; 2024-05-01T10:00        ; UTC  ; load run#a 07:00, load run#b 09:00, load success 09:30   ; false
            task 'load' is running for more than 30 seconds ; 2024-05-01T08:00:31     ; UTC  ; load run 08:00                               ; true
            while task 'load' is running for more than 1h   ; 2024-05-01T09:00:01     ; UTC  ; load run 08:00                               ; true
            """)
    void running_needs_a_live_run_old_enough(String condition, String now, String zone, String history,
            boolean expected) {
        assertValue(condition, now, zone, history, expected);
    }
}
