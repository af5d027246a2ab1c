package dev.kairos.condition;

import static dev.kairos.condition.Scenarios.assertValue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code every D}: the task has not started in the last D; a start exactly D ago no longer counts. */
class EveryConditionTest {

    @ParameterizedTest(name = "[{index}] {0} at {1} after [{3}] is {4}")
    @CsvSource(delimiter = ';', quoteCharacter = '"', textBlock = """
            # condition                ; now                     ; zone ; history                  ; expected
            every 10 minutes           ; 2024-05-01T09:00        ; UTC  ;                          ; true
            every 10 minutes           ; 2024-05-01T09:00        ; UTC  ; run 08:50:01             ; false
            every 10 minutes           ; 2024-05-01T09:00        ; UTC  ; run 08:50                ; true
            every 10 minutes           ; 2024-05-01T09:00        ; UTC  ; run 08:49:59             ; true
            every 10 minutes           ; 2024-05-01T09:00        ; UTC  ; run 09:00                ; false
            every 10 minutes           ; 2024-05-01T09:00        ; UTC  ; run 08:55, success 08:56 ; false
            every 10 minutes           ; 2024-05-01T09:00        ; UTC  ; run 08:45, success 08:56 ; true
            every 10 minutes           ; 2024-05-01T09:00        ; UTC  ; success 08:56            ; true
            every 10 minutes           ; 2024-05-01T09:00        ; UTC  ; fetch run 08:55          ; true
            every 10 minutes           ; 2024-05-01T09:00        ; UTC  ; run 08:40, run 08:55     ; false
            every 10 seconds           ; 2024-05-01T09:00:10     ; UTC  ; run 09:00                ; true
            every 10 seconds           ; 2024-05-01T09:00:09.999 ; UTC  ; run 09:00                ; false
            every 500ms                ; 2024-05-01T09:00:00.500 ; UTC  ; run 09:00:00.001         ; false
            every 500ms                ; 2024-05-01T09:00:00.500 ; UTC  ; run 09:00                ; true
            every 1 hour               ; 2024-05-01T09:00        ; UTC  ; run 08:00:00.001         ; false
            every 1.5 hours            ; 2024-05-01T09:00        ; UTC  ; run 07:30                ; true
            every 1.5 hours            ; 2024-05-01T09:00        ; UTC  ; run 07:30:01             ; false
            every 2 hours, 30 minutes  ; 2024-05-01T09:00        ; UTC  ; run 06:30                ; true
            every 2 hours, 30 minutes  ; 2024-05-01T09:00        ; UTC  ; run 06:30:01             ; false
            every 2h 30m               ; 2024-05-01T09:00        ; UTC  ; run 06:30:01             ; false
            every 01:30:00             ; 2024-05-01T09:00        ; UTC  ; run 07:30:01             ; false
            every 01:30:00             ; 2024-05-01T09:00        ; UTC  ; run 07:30                ; true
            every 1 day                ; 2024-05-02T09:00        ; UTC  ; run 2024-05-01T09:00     ; true
            every 1 day                ; 2024-05-02T08:59:59     ; UTC  ; run 2024-05-01T09:00     ; false
            every 1 week               ; 2024-05-08T09:00        ; UTC  ; run 2024-05-01T09:00     ; true
            every 1 week               ; 2024-05-08T08:59:59     ; UTC  ; run 2024-05-01T09:00     ; false
            every 3 days               ; 2024-05-04T08:59:59     ; UTC  ; run 2024-05-01T09:00     ; false
            """)
    void every_is_false_for_d_after_a_start(String condition, String now, String zone, String history,
            boolean expected) {
        assertValue(condition, now, zone, history, expected);
    }
}
