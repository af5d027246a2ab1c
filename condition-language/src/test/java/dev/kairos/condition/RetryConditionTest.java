package dev.kairos.condition;

import static dev.kairos.condition.Scenarios.assertValue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code retry [N]}: the last finish was a failure, and at most N failures in a row. */
class RetryConditionTest {

    @ParameterizedTest(name = "[{index}] {0} after [{3}] is {4}")
    @CsvSource(delimiter = ';', quoteCharacter = '"', textBlock = """
            # condition ; now              ; zone ; history                                                ; expected
            retry       ; 2024-05-01T09:00 ; UTC  ;                                                        ; false
            retry       ; 2024-05-01T09:00 ; UTC  ; run 08:00, fail 08:01                                  ; true
            retry       ; 2024-05-01T09:00 ; UTC  ; fail 08:00                                             ; true
            retry       ; 2024-05-01T09:00 ; UTC  ; fail 08:00, success 08:10                              ; false
            retry       ; 2024-05-01T09:00 ; UTC  ; success 08:00, fail 08:10                              ; true
            retry       ; 2024-05-01T09:00 ; UTC  ; fail 08:00, terminate 08:10                            ; false
            retry       ; 2024-05-01T09:00 ; UTC  ; fail 08:00, inaction 08:10                             ; false
            retry       ; 2024-05-01T09:00 ; UTC  ; fetch fail 08:00                                       ; false
            retry       ; 2024-05-01T09:00 ; UTC  ; fail 01:00, fail 02:00, fail 03:00, fail 04:00, fail 05:00, fail 06:00, fail 07:00, fail 08:00 ; true
            retry 3     ; 2024-05-01T09:00 ; UTC  ; fail 08:00                                             ; true
            retry 3     ; 2024-05-01T09:00 ; UTC  ; fail 08:00, fail 08:10, fail 08:20                     ; true
            retry 3     ; 2024-05-01T09:00 ; UTC  ; fail 08:00, fail 08:10, fail 08:20, fail 08:30         ; false
            retry 3     ; 2024-05-01T09:00 ; UTC  ; fail 07:00, fail 07:10, fail 07:20, fail 07:30, success 07:40, fail 08:00 ; true
            retry 3     ; 2024-05-01T09:00 ; UTC  ; fail 08:00, fail 08:10, run 08:15, crash 08:20         ; true
            retry 1     ; 2024-05-01T09:00 ; UTC  ; inaction 08:00, fail 08:10                             ; true
            retry 1     ; 2024-05-01T09:00 ; UTC  ; fail 08:00, fail 08:10                                 ; false
            retry 2     ; 2024-05-01T09:00 ; UTC  ; fail 07:00, terminate 07:30, fail 08:00, fail 08:10     ; true
            RETRY 2     ; 2024-05-01T09:00 ; UTC  ; fail 08:00                                             ; true
            """)
    void retry_is_true_after_a_failure_until_the_streak_passes_n(String condition, String now, String zone,
            String history, boolean expected) {
        assertValue(condition, now, zone, history, expected);
    }
}
