package dev.kairos.condition;

import static dev.kairos.condition.Scenarios.assertValue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code cron m h dom mon dow}: true in a matching minute (UNIX fields, in the evaluation's zone)
 * until the task starts in it. 2024-05-01 is a Wednesday, 2024-05-04 a Saturday.
 */
class CronConditionTest {

    @ParameterizedTest(name = "[{index}] {0} at {1} after [{3}] is {4}")
    @CsvSource(delimiter = ';', quoteCharacter = '"', textBlock = """
            # condition                ; now                     ; zone          ; history                      ; expected
            cron 0 8 * * 1-5           ; 2024-05-01T07:59:59     ; UTC           ;                              ; false
            cron 0 8 * * 1-5           ; 2024-05-01T08:00        ; UTC           ;                              ; true
            cron 0 8 * * 1-5           ; 2024-05-01T08:00:59.999 ; UTC           ;                              ; true
            cron 0 8 * * 1-5           ; 2024-05-01T08:01        ; UTC           ;                              ; false
            cron 0 8 * * 1-5           ; 2024-05-04T08:00        ; UTC           ;                              ; false
            cron 0 8 * * 1-5           ; 2024-05-06T08:00        ; UTC           ;                              ; true
            cron 0 8 * * 1-5           ; 2024-05-01T08:00:30     ; UTC           ; run 08:00:10                 ; false
            cron 0 8 * * 1-5           ; 2024-05-01T08:00:30     ; UTC           ; run 08:00                    ; false
            cron 0 8 * * 1-5           ; 2024-05-01T08:00:30     ; UTC           ; run 07:59:59                 ; true
            cron 0 8 * * 1-5           ; 2024-05-01T08:00:30     ; UTC           ; run 07:59:59, success 08:00:20 ; true
            cron 0 8 * * 1-5           ; 2024-05-01T08:00:30     ; UTC           ; fetch run 08:00:10           ; true
            cron 0 8 * * *             ; 2024-05-01T08:00        ; Europe/Berlin ;                              ; true
            cron 0 8 * * *             ; 2024-05-01T08:00Z       ; Europe/Berlin ;                              ; false
            cron */15 * * * *          ; 2024-05-01T09:14:59     ; UTC           ;                              ; false
            cron */15 * * * *          ; 2024-05-01T09:15        ; UTC           ;                              ; true
            cron */15 * * * *          ; 2024-05-01T09:16        ; UTC           ;                              ; false
            cron */15 * * * *          ; 2024-05-01T09:45:30     ; UTC           ;                              ; true
            cron 0-10 8 * * *          ; 2024-05-01T08:10:59     ; UTC           ;                              ; true
            cron 0-10 8 * * *          ; 2024-05-01T08:11        ; UTC           ;                              ; false
            cron 0-10 8 * * *          ; 2024-05-01T08:05        ; UTC           ; run 08:04:59                 ; true
            cron 0 0 1 * *             ; 2024-05-01T00:00        ; UTC           ;                              ; true
            cron 0 0 1 * *             ; 2024-05-02T00:00        ; UTC           ;                              ; false
            cron 30 9 * * 0            ; 2024-05-05T09:30        ; UTC           ;                              ; true
            cron 30 9 * * 0            ; 2024-05-06T09:30        ; UTC           ;                              ; false
            cron 0 8 * 5 *             ; 2024-05-02T08:00        ; UTC           ;                              ; true
            cron 0 8 * 5 *             ; 2024-06-02T08:00        ; UTC           ;                              ; false
            cron 0 12 15 * 5           ; 2024-05-15T12:00        ; UTC           ;                              ; true
            cron 0 12 15 * 5           ; 2024-05-03T12:00        ; UTC           ;                              ; true
            cron 0 12 15 * 5           ; 2024-05-14T12:00        ; UTC           ;                              ; false
            cron 5,35 * * * *          ; 2024-05-01T10:35:20     ; UTC           ;                              ; true
            cron 5,35 * * * *          ; 2024-05-01T10:36        ; UTC           ;                              ; false
            """)
    void cron_is_true_in_a_matching_minute_until_the_task_starts(String condition, String now, String zone,
            String history, boolean expected) {
        assertValue(condition, now, zone, history, expected);
    }
}
