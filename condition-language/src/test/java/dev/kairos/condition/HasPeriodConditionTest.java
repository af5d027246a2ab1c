package dev.kairos.condition;

import static dev.kairos.condition.Scenarios.assertValue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The calendar periods of the {@code has} forms: the occurrence of the window that contains now,
 * from its start up to now; outside the window, its last completed occurrence. 2024-05-01 is a
 * Wednesday.
 */
class HasPeriodConditionTest {

    @ParameterizedTest(name = "[{index}] {0} at {1} after [{3}] is {4}")
    @CsvSource(delimiter = ';', quoteCharacter = '"', textBlock = """
            # condition                                     ; now                 ; zone ; history                     ; expected
            has succeeded today                             ; 2024-05-01T09:00    ; UTC  ; success 00:00               ; true
            has succeeded today                             ; 2024-05-01T09:00    ; UTC  ; success 2024-04-30T23:59:59 ; false
            has succeeded today                             ; 2024-05-01T00:00    ; UTC  ; success 2024-04-30T23:59    ; false
            has succeeded this day                          ; 2024-05-01T09:00    ; UTC  ; success 00:00               ; true
            has succeeded this day                          ; 2024-05-01T09:00    ; UTC  ; success 2024-04-30T23:59:59 ; false
            has succeeded today                             ; 2024-05-01T09:00    ; Europe/Berlin ; success 2024-04-30T22:30Z ; true
            has succeeded today                             ; 2024-05-01T09:00    ; UTC  ; success 2024-04-30T22:30Z   ; false
            has failed today                                ; 2024-05-01T09:00    ; UTC  ; fail 08:00                  ; true
            has failed today                                ; 2024-05-01T09:00    ; UTC  ; success 08:00               ; false
            has finished today                              ; 2024-05-01T09:00    ; UTC  ; inaction 08:00              ; false
            task 'fetch' has started today                  ; 2024-05-01T09:00    ; UTC  ; fetch run 08:00             ; true
            has succeeded today between 08:00 and 10:00     ; 2024-05-01T09:00    ; UTC  ; success 08:00               ; true
            has succeeded today between 08:00 and 10:00     ; 2024-05-01T09:00    ; UTC  ; success 07:59:59            ; false
            has succeeded today between 08:00 and 10:00     ; 2024-05-01T11:00    ; UTC  ; success 09:59:59            ; true
            has succeeded today between 08:00 and 10:00     ; 2024-05-01T11:00    ; UTC  ; success 10:00               ; false
            has succeeded today between 08:00 and 10:00     ; 2024-05-01T11:00    ; UTC  ; success 10:30               ; false
            has succeeded today between 08:00 and 10:00     ; 2024-05-01T07:00    ; UTC  ; success 2024-04-30T09:00    ; true
            has succeeded today between 08:00 and 10:00     ; 2024-05-01T07:00    ; UTC  ; success 2024-04-30T10:00    ; false
            has succeeded today between 08:00 and 10:00     ; 2024-05-01T07:00    ; UTC  ; success 06:00               ; false
            has succeeded today between 08:00 and 10:00     ; 2024-05-01T07:59:59 ; UTC  ; success 2024-04-30T09:00    ; true
            has succeeded today between 08:00 and 10:00     ; 2024-05-01T08:00    ; UTC  ; success 2024-04-30T09:00    ; false
            has succeeded today between 08:00 and 10:00     ; 2024-05-01T10:00    ; UTC  ; success 09:00               ; true
            has succeeded today between 22:00 and 02:00     ; 2024-05-01T12:00    ; UTC  ; success 01:00               ; true
            has succeeded today between 22:00 and 02:00     ; 2024-05-01T12:00    ; UTC  ; success 02:00               ; false
            has succeeded today between 22:00 and 02:00     ; 2024-05-01T12:00    ; UTC  ; success 2024-04-30T21:59    ; false
            has succeeded today between 22:00 and 02:00     ; 2024-05-01T23:00    ; UTC  ; success 22:00               ; true
            has succeeded today between 22:00 and 02:00     ; 2024-05-01T23:00    ; UTC  ; success 01:00               ; false
            has succeeded today between 22:00 and 02:00     ; 2024-05-02T01:00    ; UTC  ; success 2024-05-01T22:30    ; true
            has succeeded today after 08:00                 ; 2024-05-01T07:00    ; UTC  ; success 2024-04-30T23:00    ; true
            has succeeded today after 08:00                 ; 2024-05-01T09:00    ; UTC  ; success 2024-04-30T23:00    ; false
            has succeeded today after 08:00                 ; 2024-05-01T09:00    ; UTC  ; success 08:00               ; true
            has succeeded today before 08:00                ; 2024-05-01T09:00    ; UTC  ; success 07:59:59            ; true
            has succeeded today before 08:00                ; 2024-05-01T09:00    ; UTC  ; success 08:00               ; false
            has succeeded today on 10am                     ; 2024-05-01T12:00    ; UTC  ; success 10:59:59            ; true
            has succeeded today on 10am                     ; 2024-05-01T12:00    ; UTC  ; success 11:00               ; false
            has succeeded today starting 04:00              ; 2024-05-01T03:00    ; UTC  ; success 2024-04-30T05:00    ; true
            has succeeded today starting 04:00              ; 2024-05-01T04:00    ; UTC  ; success 2024-04-30T05:00    ; false
            has succeeded today starting 04:00              ; 2024-05-01T03:00    ; UTC  ; success 2024-04-30T03:59    ; false
            """)
    void has_today_looks_at_the_current_or_last_completed_occurrence(String condition, String now, String zone,
            String history, boolean expected) {
        assertValue(condition, now, zone, history, expected);
    }

    @ParameterizedTest(name = "[{index}] {0} at {1} after [{3}] is {4}")
    @CsvSource(delimiter = ';', quoteCharacter = '"', textBlock = """
            # condition                                  ; now                     ; zone ; history                ; expected
            has succeeded this minute                    ; 2024-05-01T09:00:30     ; UTC  ; success 09:00          ; true
            has succeeded this minute                    ; 2024-05-01T09:00:30     ; UTC  ; success 08:59:59.999   ; false
            has succeeded this minute after :30          ; 2024-05-01T09:00:45     ; UTC  ; success 09:00:30       ; true
            has succeeded this minute after :30          ; 2024-05-01T09:00:45     ; UTC  ; success 09:00:29       ; false
            has succeeded this minute after :30          ; 2024-05-01T09:00:20     ; UTC  ; success 08:59:45       ; true
            has succeeded this minute after :30          ; 2024-05-01T09:00:20     ; UTC  ; success 09:00:10       ; false
            has succeeded this minute before :15         ; 2024-05-01T09:00:40     ; UTC  ; success 09:00:14       ; true
            has succeeded this minute before :15         ; 2024-05-01T09:00:40     ; UTC  ; success 09:00:15       ; false
            has succeeded this minute on :30             ; 2024-05-01T09:00:45     ; UTC  ; success 09:00:30.500   ; true
            has succeeded this minute on :30             ; 2024-05-01T09:00:45     ; UTC  ; success 09:00:31       ; false
            has succeeded this hour                      ; 2024-05-01T09:10        ; UTC  ; success 09:00          ; true
            has succeeded this hour                      ; 2024-05-01T09:10        ; UTC  ; success 08:59:59       ; false
            has succeeded this hour before :30           ; 2024-05-01T09:45        ; UTC  ; success 09:29:59       ; true
            has succeeded this hour before :30           ; 2024-05-01T09:45        ; UTC  ; success 09:30          ; false
            has succeeded this hour after :30            ; 2024-05-01T09:10        ; UTC  ; success 08:45          ; true
            has succeeded this hour after :30            ; 2024-05-01T09:10        ; UTC  ; success 09:05          ; false
            has succeeded this hour between :50 and :10  ; 2024-05-01T09:05        ; UTC  ; success 08:55          ; true
            has succeeded this hour between :50 and :10  ; 2024-05-01T09:30        ; UTC  ; success 09:09:59       ; true
            has succeeded this hour between :50 and :10  ; 2024-05-01T09:30        ; UTC  ; success 09:10          ; false
            has succeeded this hour on :15               ; 2024-05-01T09:30        ; UTC  ; success 09:15:59       ; true
            has succeeded this hour on :15               ; 2024-05-01T09:30        ; UTC  ; success 09:16          ; false
            has succeeded this hour starting :30         ; 2024-05-01T09:10        ; UTC  ; success 08:30          ; true
            has succeeded this hour starting :30         ; 2024-05-01T09:10        ; UTC  ; success 08:29:59       ; false
            task 'fetch' has failed this hour            ; 2024-05-01T09:10        ; Asia/Kolkata ; fetch fail 2024-05-01T03:25Z ; false
            task 'fetch' has failed this hour            ; 2024-05-01T09:10        ; Asia/Kolkata ; fetch fail 2024-05-01T03:35Z ; true
            """)
    void has_this_minute_and_this_hour_follow_the_clock(String condition, String now, String zone, String history,
            boolean expected) {
        assertValue(condition, now, zone, history, expected);
    }

    @ParameterizedTest(name = "[{index}] {0} at {1} after [{3}] is {4}")
    @CsvSource(delimiter = ';', quoteCharacter = '"', textBlock = """
            # condition                                    ; now                 ; zone ; history                     ; expected
            has succeeded this week                        ; 2024-05-01T10:00    ; UTC  ; success 2024-04-29T00:00    ; true
            has succeeded this week                        ; 2024-05-01T10:00    ; UTC  ; success 2024-04-28T23:59:59 ; false
            has succeeded this week between Mon and Fri    ; 2024-05-04T10:00    ; UTC  ; success 2024-05-03T23:00    ; true
            has succeeded this week between Mon and Fri    ; 2024-05-04T10:00    ; UTC  ; success 2024-05-04T00:00    ; false
            has succeeded this week after Fri              ; 2024-05-01T10:00    ; UTC  ; success 2024-04-28T10:00    ; true
            has succeeded this week after Fri              ; 2024-05-01T10:00    ; UTC  ; success 2024-04-30T10:00    ; false
            has succeeded this week before Wed             ; 2024-05-03T10:00    ; UTC  ; success 2024-05-01T23:59    ; true
            has succeeded this week on Mon                 ; 2024-05-01T10:00    ; UTC  ; success 2024-04-29T23:59:59 ; true
            has succeeded this week on Mon                 ; 2024-05-01T10:00    ; UTC  ; success 2024-04-30T00:00    ; false
            has succeeded this week starting Wed           ; 2024-05-07T10:00    ; UTC  ; success 2024-05-01T00:00    ; true
            has succeeded this week starting Wed           ; 2024-05-07T10:00    ; UTC  ; success 2024-04-30T23:59:59 ; false
            has succeeded this week between Fri and Mon    ; 2024-05-06T10:00    ; UTC  ; success 2024-05-03T00:00    ; true
            has succeeded this week between Fri and Mon    ; 2024-05-08T10:00    ; UTC  ; success 2024-05-06T23:59    ; true
            has succeeded this week between Fri and Mon    ; 2024-05-08T10:00    ; UTC  ; success 2024-05-07T00:00    ; false
            has succeeded this month                       ; 2024-05-15T10:00    ; UTC  ; success 2024-05-01T00:00    ; true
            has succeeded this month                       ; 2024-05-15T10:00    ; UTC  ; success 2024-04-30T23:59:59 ; false
            has succeeded this month after 15th            ; 2024-05-10T10:00    ; UTC  ; success 2024-04-30T23:00    ; true
            has succeeded this month after 15th            ; 2024-05-10T10:00    ; UTC  ; success 2024-05-01T01:00    ; false
            has succeeded this month after 15th            ; 2024-05-20T10:00    ; UTC  ; success 2024-05-15T00:00    ; true
            has succeeded this month before 5th            ; 2024-05-20T10:00    ; UTC  ; success 2024-05-05T23:00    ; true
            has succeeded this month before 5th            ; 2024-05-20T10:00    ; UTC  ; success 2024-05-06T00:00    ; false
            has succeeded this month between 25th and 5th  ; 2024-05-03T10:00    ; UTC  ; success 2024-04-25T00:00    ; true
            has succeeded this month between 25th and 5th  ; 2024-05-03T10:00    ; UTC  ; success 2024-04-24T23:59:59 ; false
            has succeeded this month on 15th               ; 2024-05-20T10:00    ; UTC  ; success 2024-05-15T12:00    ; true
            has succeeded this month on 15th               ; 2024-05-20T10:00    ; UTC  ; success 2024-05-16T00:00    ; false
            has succeeded this month starting 10th         ; 2024-05-05T10:00    ; UTC  ; success 2024-04-10T00:00    ; true
            has succeeded this month starting 10th         ; 2024-05-05T10:00    ; UTC  ; success 2024-04-09T23:59    ; false
            has succeeded this month after 30th            ; 2023-03-15T10:00    ; UTC  ; success 2023-01-31T10:00    ; true
            task 'fetch' has failed this month             ; 2024-05-15T10:00    ; UTC  ; fetch fail 2024-05-02T10:00 ; true
            """)
    void has_this_week_and_this_month_use_the_calendar(String condition, String now, String zone, String history,
            boolean expected) {
        assertValue(condition, now, zone, history, expected);
    }
}
