package dev.kairos.condition;

import static dev.kairos.condition.Scenarios.assertValue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code secondly}, {@code minutely}, {@code hourly} and {@code daily} with every window, at their
 * edges; weeks and months are in {@link WeeklyMonthlyConditionTest}. Windows are half-open; the
 * form is true inside an occurrence until the task finishes (success, fail, terminate or inaction)
 * in it, and false while a run that started in it is going. 2024-05-01 is a Wednesday.
 */
class PeriodicConditionTest {

    @ParameterizedTest(name = "[{index}] {0} at {1} is {4}")
    @CsvSource(delimiter = ';', quoteCharacter = '"', textBlock = """
            # condition                   ; now                     ; zone          ; history ; expected
            daily                         ; 2024-05-01T00:00        ; UTC           ;         ; true
            daily                         ; 2024-05-01T23:59:59.999 ; UTC           ;         ; true
            daily after 08:00             ; 2024-05-01T07:59:59     ; UTC           ;         ; false
            daily after 08:00             ; 2024-05-01T08:00        ; UTC           ;         ; true
            daily after 08:00             ; 2024-05-01T08:00:01     ; UTC           ;         ; true
            daily after 08:00             ; 2024-05-01T23:59:59.999 ; UTC           ;         ; true
            daily after 08:00             ; 2024-05-02T00:00        ; UTC           ;         ; false
            daily after 08:00             ; 2024-05-01T07:59:59     ; Europe/Berlin ;         ; false
            daily after 08:00             ; 2024-05-01T08:00        ; Europe/Berlin ;         ; true
            daily after 08:00             ; 2024-05-01T08:00Z       ; Europe/Berlin ;         ; true
            daily after 08:00             ; 2024-05-01T07:00Z       ; America/New_York ;      ; false
            daily before 08:00            ; 2024-05-01T00:00        ; UTC           ;         ; true
            daily before 08:00            ; 2024-05-01T07:59:59.999 ; UTC           ;         ; true
            daily before 08:00            ; 2024-05-01T08:00        ; UTC           ;         ; false
            daily before 08:00            ; 2024-05-01T08:00:01     ; UTC           ;         ; false
            daily between 08:00 and 08:15 ; 2024-05-01T07:59:59     ; UTC           ;         ; false
            daily between 08:00 and 08:15 ; 2024-05-01T08:00        ; UTC           ;         ; true
            daily between 08:00 and 08:15 ; 2024-05-01T08:14:59     ; UTC           ;         ; true
            daily between 08:00 and 08:15 ; 2024-05-01T08:15        ; UTC           ;         ; false
            daily between 08:00 and 08:15 ; 2024-05-01T08:15:01     ; UTC           ;         ; false
            daily between 22:00 and 02:00 ; 2024-05-01T21:59:59     ; UTC           ;         ; false
            daily between 22:00 and 02:00 ; 2024-05-01T22:00        ; UTC           ;         ; true
            daily between 22:00 and 02:00 ; 2024-05-01T23:59:59     ; UTC           ;         ; true
            daily between 22:00 and 02:00 ; 2024-05-02T00:00        ; UTC           ;         ; true
            daily between 22:00 and 02:00 ; 2024-05-02T01:59:59     ; UTC           ;         ; true
            daily between 22:00 and 02:00 ; 2024-05-02T02:00        ; UTC           ;         ; false
            daily between 22:00 and 02:00 ; 2024-05-02T02:00:01     ; UTC           ;         ; false
            daily between 22:00 and 02:00 ; 2024-05-01T12:00        ; UTC           ;         ; false
            daily between 22:00 and 24:00 ; 2024-05-01T21:59:59     ; UTC           ;         ; false
            daily between 22:00 and 24:00 ; 2024-05-01T22:00        ; UTC           ;         ; true
            daily between 22:00 and 24:00 ; 2024-05-01T23:59:59.999 ; UTC           ;         ; true
            daily between 22:00 and 24:00 ; 2024-05-02T00:00        ; UTC           ;         ; false
            daily on 10am                 ; 2024-05-01T09:59:59     ; UTC           ;         ; false
            daily on 10am                 ; 2024-05-01T10:00        ; UTC           ;         ; true
            daily on 10am                 ; 2024-05-01T10:59:59     ; UTC           ;         ; true
            daily on 10am                 ; 2024-05-01T11:00        ; UTC           ;         ; false
            daily on 22:00                ; 2024-05-01T22:30        ; UTC           ;         ; true
            daily on 22:00                ; 2024-05-01T23:00        ; UTC           ;         ; false
            daily starting 04:00          ; 2024-05-01T03:59:59     ; UTC           ;         ; true
            daily after 12am              ; 2024-05-01T00:00        ; UTC           ;         ; true
            daily on 12am                 ; 2024-05-01T00:59:59     ; UTC           ;         ; true
            daily on 12am                 ; 2024-05-01T01:00        ; UTC           ;         ; false
            daily on 12pm                 ; 2024-05-01T11:59:59     ; UTC           ;         ; false
            daily on 12pm                 ; 2024-05-01T12:30        ; UTC           ;         ; true
            daily before 12pm             ; 2024-05-01T11:59:59     ; UTC           ;         ; true
            daily before 12pm             ; 2024-05-01T12:00        ; UTC           ;         ; false
            daily starting 04:00          ; 2024-05-01T04:00        ; UTC           ;         ; true
            """)
    void daily_is_true_inside_its_half_open_window_when_the_task_has_not_run(String condition, String now,
            String zone, String history, boolean expected) {
        assertValue(condition, now, zone, history, expected);
    }

    @ParameterizedTest(name = "[{index}] {0} at {1} after [{3}] is {4}")
    @CsvSource(delimiter = ';', quoteCharacter = '"', textBlock = """
            # condition                   ; now                 ; zone ; history                              ; expected
            daily after 08:00             ; 2024-05-01T09:00    ; UTC  ; success 07:59:59                     ; true
            daily after 08:00             ; 2024-05-01T09:00    ; UTC  ; success 08:00                        ; false
            daily after 08:00             ; 2024-05-01T09:00    ; UTC  ; success 08:00:01                     ; false
            daily after 08:00             ; 2024-05-01T09:00    ; UTC  ; fail 08:30                           ; false
            daily after 08:00             ; 2024-05-01T09:00    ; UTC  ; terminate 08:30                      ; false
            daily after 08:00             ; 2024-05-01T09:00    ; UTC  ; inaction 08:30                       ; false
            daily after 08:00             ; 2024-05-01T09:00    ; UTC  ; run 08:30, crash 08:40               ; true
            daily after 08:00             ; 2024-05-01T09:00    ; UTC  ; run 08:30                            ; false
            daily after 08:00             ; 2024-05-01T09:00    ; UTC  ; run 08:00                            ; false
            daily after 08:00             ; 2024-05-01T09:00    ; UTC  ; run 07:59:59                         ; true
            daily after 08:00             ; 2024-05-01T09:00    ; UTC  ; run 07:30, success 08:10             ; false
            daily after 08:00             ; 2024-05-01T09:00    ; UTC  ; fetch success 08:30                  ; true
            daily after 08:00             ; 2024-05-02T07:59:59 ; UTC  ; success 2024-05-01T08:30             ; false
            daily after 08:00             ; 2024-05-02T08:00    ; UTC  ; success 2024-05-01T08:30             ; true
            daily after 08:00             ; 2024-05-02T08:00    ; UTC  ; run 2024-05-01T23:00                 ; true
            daily                         ; 2024-05-01T23:59:59 ; UTC  ; success 00:00                        ; false
            daily                         ; 2024-05-02T00:00    ; UTC  ; success 2024-05-01T23:59:59          ; true
            daily                         ; 2024-05-01T10:00    ; Europe/Berlin ; success 2024-04-30T23:30Z   ; false
            daily                         ; 2024-05-01T10:00    ; UTC  ; success 2024-04-30T23:30Z            ; true
            daily between 22:00 and 02:00 ; 2024-05-02T01:00    ; UTC  ; success 2024-05-01T22:30             ; false
            daily between 22:00 and 02:00 ; 2024-05-02T01:00    ; UTC  ; success 2024-05-01T21:59             ; true
            daily between 22:00 and 02:00 ; 2024-05-02T01:00    ; UTC  ; run 2024-05-01T23:00                 ; false
            daily between 22:00 and 02:00 ; 2024-05-01T22:00    ; UTC  ; success 01:00                        ; true
            daily starting 04:00          ; 2024-05-01T03:59:59 ; UTC  ; success 2024-04-30T04:00             ; false
            daily starting 04:00          ; 2024-05-01T03:59:59 ; UTC  ; success 2024-04-30T03:59:59          ; true
            daily starting 04:00          ; 2024-05-01T03:00    ; UTC  ; success 02:00                        ; false
            daily starting 04:00          ; 2024-05-01T04:00    ; UTC  ; success 03:00                        ; true
            daily on 10am                 ; 2024-05-01T10:30    ; UTC  ; success 09:59                        ; true
            daily on 10am                 ; 2024-05-01T10:30    ; UTC  ; success 10:00                        ; false
            """)
    void daily_is_false_once_the_task_finished_or_started_in_the_occurrence(String condition, String now,
            String zone, String history, boolean expected) {
        assertValue(condition, now, zone, history, expected);
    }

    @ParameterizedTest(name = "[{index}] {0} at {1} after [{3}] is {4}")
    @CsvSource(delimiter = ';', quoteCharacter = '"', textBlock = """
            # condition                ; now                 ; zone ; history          ; expected
            hourly                     ; 2024-05-01T09:00    ; UTC  ; success 08:59:59 ; true
            hourly                     ; 2024-05-01T09:59:59 ; UTC  ; success 09:00    ; false
            hourly                     ; 2024-05-01T10:00    ; UTC  ; success 09:00    ; true
            hourly                     ; 2024-05-01T09:30    ; UTC  ; run 09:10        ; false
            hourly                     ; 2024-05-01T09:30    ; UTC  ; run 08:50        ; true
            hourly after :15           ; 2024-05-01T09:14:59 ; UTC  ;                  ; false
            hourly after :15           ; 2024-05-01T09:15    ; UTC  ;                  ; true
            hourly after :15           ; 2024-05-01T09:15:01 ; UTC  ;                  ; true
            hourly after :15           ; 2024-05-01T09:59:59 ; UTC  ;                  ; true
            hourly after :15           ; 2024-05-01T09:30    ; UTC  ; success 09:14:59 ; true
            hourly after :15           ; 2024-05-01T09:30    ; UTC  ; success 09:15    ; false
            hourly after 45:00         ; 2024-05-01T09:44:59 ; UTC  ;                  ; false
            hourly after 45:00         ; 2024-05-01T09:45    ; UTC  ;                  ; true
            hourly after :30:15        ; 2024-05-01T09:30:14 ; UTC  ;                  ; false
            hourly after :30:15        ; 2024-05-01T09:30:15 ; UTC  ;                  ; true
            hourly before :15          ; 2024-05-01T09:14:59 ; UTC  ;                  ; true
            hourly before :15          ; 2024-05-01T09:15    ; UTC  ;                  ; false
            hourly between :45 and :15 ; 2024-05-01T09:44:59 ; UTC  ;                  ; false
            hourly between :45 and :15 ; 2024-05-01T09:45    ; UTC  ;                  ; true
            hourly between :45 and :15 ; 2024-05-01T10:14:59 ; UTC  ;                  ; true
            hourly between :45 and :15 ; 2024-05-01T10:15    ; UTC  ;                  ; false
            hourly between :45 and :15 ; 2024-05-01T10:10    ; UTC  ; success 09:50    ; false
            hourly between :45 and :15 ; 2024-05-01T10:45    ; UTC  ; success 10:10    ; true
            hourly on :15              ; 2024-05-01T09:14:59 ; UTC  ;                  ; false
            hourly on :15              ; 2024-05-01T09:15    ; UTC  ;                  ; true
            hourly on :15              ; 2024-05-01T09:15:59 ; UTC  ;                  ; true
            hourly on :15              ; 2024-05-01T09:16    ; UTC  ;                  ; false
            hourly starting :30        ; 2024-05-01T10:29    ; UTC  ; success 09:30    ; false
            hourly starting :30        ; 2024-05-01T10:30    ; UTC  ; success 09:30    ; true
            hourly starting :30        ; 2024-05-01T10:29    ; UTC  ; success 09:29:59 ; true
            hourly                     ; 2024-05-01T09:10    ; Asia/Kolkata ; success 2024-05-01T03:25Z ; true
            hourly                     ; 2024-05-01T03:40    ; UTC  ; success 2024-05-01T03:25Z        ; false
            """)
    void hourly_windows_follow_the_minutes_of_the_hour(String condition, String now, String zone, String history,
            boolean expected) {
        assertValue(condition, now, zone, history, expected);
    }

    @ParameterizedTest(name = "[{index}] {0} at {1} after [{3}] is {4}")
    @CsvSource(delimiter = ';', quoteCharacter = '"', textBlock = """
            # condition                  ; now                     ; zone ; history              ; expected
            minutely                     ; 2024-05-01T09:00        ; UTC  ; success 08:59:59.999 ; true
            minutely                     ; 2024-05-01T09:00:59.999 ; UTC  ; success 09:00        ; false
            minutely                     ; 2024-05-01T09:01        ; UTC  ; success 09:00        ; true
            minutely after :30           ; 2024-05-01T09:00:29.999 ; UTC  ;                      ; false
            minutely after :30           ; 2024-05-01T09:00:30     ; UTC  ;                      ; true
            minutely after :30           ; 2024-05-01T09:00:59.999 ; UTC  ;                      ; true
            minutely after :30           ; 2024-05-01T09:00:45     ; UTC  ; success 09:00:30     ; false
            minutely before :30          ; 2024-05-01T09:00:29.999 ; UTC  ;                      ; true
            minutely before :30          ; 2024-05-01T09:00:30     ; UTC  ;                      ; false
            minutely between :50 and :10 ; 2024-05-01T09:00:49     ; UTC  ;                      ; false
            minutely between :50 and :10 ; 2024-05-01T09:00:50     ; UTC  ;                      ; true
            minutely between :50 and :10 ; 2024-05-01T09:01:09     ; UTC  ;                      ; true
            minutely between :50 and :10 ; 2024-05-01T09:01:10     ; UTC  ;                      ; false
            minutely between :50 and :10 ; 2024-05-01T09:01:05     ; UTC  ; success 09:00:55     ; false
            minutely on :30              ; 2024-05-01T09:00:29.999 ; UTC  ;                      ; false
            minutely on :30              ; 2024-05-01T09:00:30     ; UTC  ;                      ; true
            minutely on :30              ; 2024-05-01T09:00:30.999 ; UTC  ;                      ; true
            minutely on :30              ; 2024-05-01T09:00:31     ; UTC  ;                      ; false
            minutely starting :30        ; 2024-05-01T09:01:29     ; UTC  ; success 09:00:45     ; false
            minutely starting :30        ; 2024-05-01T09:01:30     ; UTC  ; success 09:00:45     ; true
            secondly                     ; 2024-05-01T09:00        ; UTC  ;                      ; true
            secondly                     ; 2024-05-01T09:00:00.500 ; UTC  ; success 09:00        ; false
            secondly                     ; 2024-05-01T09:00:00.999 ; UTC  ; success 09:00:00.500 ; false
            secondly                     ; 2024-05-01T09:00:01     ; UTC  ; success 09:00:00.999 ; true
            secondly                     ; 2024-05-01T09:00:01     ; UTC  ; run 09:00:01         ; false
            """)
    void minutely_and_secondly_windows_follow_the_seconds(String condition, String now, String zone,
            String history, boolean expected) {
        assertValue(condition, now, zone, history, expected);
    }
}
