package dev.kairos.condition;

import static dev.kairos.condition.Scenarios.assertValue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code time of …}: a pure time window, whatever the task did. 2024-05-01 is a Wednesday. */
class TimeOfConditionTest {

    @ParameterizedTest(name = "[{index}] {0} at {1} after [{3}] is {4}")
    @CsvSource(delimiter = ';', quoteCharacter = '"', textBlock = """
            # condition                                  ; now                     ; zone ; history            ; expected
            time of day between 10:00 and 12:00          ; 2024-05-01T09:59:59     ; UTC  ;                    ; false
            time of day between 10:00 and 12:00          ; 2024-05-01T10:00        ; UTC  ;                    ; true
            time of day between 10:00 and 12:00          ; 2024-05-01T11:59:59     ; UTC  ;                    ; true
            time of day between 10:00 and 12:00          ; 2024-05-01T12:00        ; UTC  ;                    ; false
            time of day between 10:00 and 12:00          ; 2024-05-01T11:00        ; UTC  ; run 10:30, success 10:31 ; true
            time of day between 10:00 and 12:00          ; 2024-05-01T11:00        ; UTC  ; run 10:30          ; true
            time of day between 22:00 and 02:00          ; 2024-05-01T21:59:59     ; UTC  ;                    ; false
            time of day between 22:00 and 02:00          ; 2024-05-01T22:00        ; UTC  ;                    ; true
            time of day between 22:00 and 02:00          ; 2024-05-02T01:59:59     ; UTC  ;                    ; true
            time of day between 22:00 and 02:00          ; 2024-05-02T02:00        ; UTC  ;                    ; false
            time of day after 22:00                      ; 2024-05-01T21:59:59     ; UTC  ;                    ; false
            time of day after 22:00                      ; 2024-05-01T22:00        ; UTC  ;                    ; true
            time of day after 22:00                      ; 2024-05-02T00:00        ; UTC  ;                    ; false
            time of day before 06:00                     ; 2024-05-01T05:59:59.999 ; UTC  ;                    ; true
            time of day before 06:00                     ; 2024-05-01T06:00        ; UTC  ;                    ; false
            time of day on 10am                          ; 2024-05-01T09:59:59     ; UTC  ;                    ; false
            time of day on 10am                          ; 2024-05-01T10:59:59     ; UTC  ;                    ; true
            time of day on 10am                          ; 2024-05-01T11:00        ; UTC  ;                    ; false
            time of day after 08:00                      ; 2024-05-01T06:30Z       ; Europe/Berlin ;           ; true
            time of day after 08:00                      ; 2024-05-01T05:30Z       ; Europe/Berlin ;           ; false
            time of hour between :15 and :45             ; 2024-05-01T09:14:59     ; UTC  ;                    ; false
            time of hour between :15 and :45             ; 2024-05-01T09:15        ; UTC  ;                    ; true
            time of hour between :15 and :45             ; 2024-05-01T09:44:59     ; UTC  ;                    ; true
            time of hour between :15 and :45             ; 2024-05-01T09:45        ; UTC  ;                    ; false
            time of hour between :45 and :15             ; 2024-05-01T10:05        ; UTC  ;                    ; true
            time of hour on :00                          ; 2024-05-01T09:00:59     ; UTC  ;                    ; true
            time of hour on :00                          ; 2024-05-01T09:01        ; UTC  ;                    ; false
            time of hour after 45:00                     ; 2024-05-01T09:44:59     ; UTC  ;                    ; false
            time of hour after 45:00                     ; 2024-05-01T09:45        ; UTC  ;                    ; true
            time of hour before :30                      ; 2024-05-01T09:29:59     ; UTC  ;                    ; true
            time of hour before :30                      ; 2024-05-01T09:30        ; UTC  ;                    ; false
            time of hour after :30                       ; 2024-05-01T09:00Z       ; Asia/Kolkata ;            ; true
            time of minute after :50                     ; 2024-05-01T09:00:49.999 ; UTC  ;                    ; false
            time of minute after :50                     ; 2024-05-01T09:00:50     ; UTC  ;                    ; true
            time of minute before :10                    ; 2024-05-01T09:00:09.999 ; UTC  ;                    ; true
            time of minute before :10                    ; 2024-05-01T09:00:10     ; UTC  ;                    ; false
            time of minute between :50 and :10          ; 2024-05-01T09:01:05     ; UTC  ;                    ; true
            time of minute on :00                        ; 2024-05-01T09:00:00.999 ; UTC  ;                    ; true
            time of minute on :00                        ; 2024-05-01T09:00:01     ; UTC  ;                    ; false
            time of week on Sat                          ; 2024-05-03T23:59:59     ; UTC  ;                    ; false
            time of week on Sat                          ; 2024-05-04T00:00        ; UTC  ;                    ; true
            time of week on Sat                          ; 2024-05-05T00:00        ; UTC  ;                    ; false
            time of week between Fri 17:00 and Mon 08:00 ; 2024-05-03T16:59:59     ; UTC  ;                    ; false
            time of week between Fri 17:00 and Mon 08:00 ; 2024-05-03T17:00        ; UTC  ;                    ; true
            time of week between Fri 17:00 and Mon 08:00 ; 2024-05-06T07:59:59     ; UTC  ;                    ; true
            time of week between Fri 17:00 and Mon 08:00 ; 2024-05-06T08:00        ; UTC  ;                    ; false
            time of week between Sat and Sun             ; 2024-05-05T23:59:59     ; UTC  ;                    ; true
            time of week between Sat and Sun             ; 2024-05-06T00:00        ; UTC  ;                    ; false
            time of week before Tue                      ; 2024-04-30T23:59:59     ; UTC  ;                    ; true
            time of week before Tue                      ; 2024-05-01T00:00        ; UTC  ;                    ; false
            time of week after Sun                       ; 2024-05-04T23:59:59     ; UTC  ;                    ; false
            time of week after Sun                       ; 2024-05-05T00:00        ; UTC  ;                    ; true
            time of month before 3rd                     ; 2024-05-03T23:59:59     ; UTC  ;                    ; true
            time of month before 3rd                     ; 2024-05-04T00:00        ; UTC  ;                    ; false
            time of month after 15th                     ; 2024-05-14T23:59:59     ; UTC  ;                    ; false
            time of month after 15th                     ; 2024-05-15T00:00        ; UTC  ;                    ; true
            time of month between 25th and 5th           ; 2024-05-05T23:59:59     ; UTC  ;                    ; true
            time of month between 25th and 5th           ; 2024-05-06T00:00        ; UTC  ;                    ; false
            time of month on 1st                         ; 2024-05-01T23:59:59     ; UTC  ;                    ; true
            time of month on 1st                         ; 2024-05-02T00:00        ; UTC  ;                    ; false
            time of month after 30th                     ; 2023-02-28T23:59:59     ; UTC  ;                    ; false
            time of month between 20th and 31st          ; 2024-04-30T23:59:59     ; UTC  ;                    ; true
            """)
    void time_of_is_true_inside_the_window_whatever_the_task_did(String condition, String now, String zone,
            String history, boolean expected) {
        assertValue(condition, now, zone, history, expected);
    }
}
