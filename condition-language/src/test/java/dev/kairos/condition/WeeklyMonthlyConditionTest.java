package dev.kairos.condition;

import static dev.kairos.condition.Scenarios.assertValue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code weekly} and {@code monthly}: weeks start on Monday, a weekday or month-day end without a
 * time covers that whole day, and a month day past the month's end gives no window as a start and
 * the month's end as an end. 2024-04-29 is a Monday; April has 30 days; February 2023 has 28.
 */
class WeeklyMonthlyConditionTest {

    @ParameterizedTest(name = "[{index}] {0} at {1} after [{3}] is {4}")
    @CsvSource(delimiter = ';', quoteCharacter = '"', textBlock = """
            # condition                            ; now                 ; zone ; history                  ; expected
            weekly                                 ; 2024-05-06T00:00    ; UTC  ; success 2024-05-05T23:59:59 ; true
            weekly                                 ; 2024-05-05T23:59:59 ; UTC  ; success 2024-04-29T00:00    ; false
            weekly                                 ; 2024-05-05T23:59:59 ; UTC  ; success 2024-04-28T23:59:59 ; true
            weekly on Mon                          ; 2024-04-28T23:59:59 ; UTC  ;                          ; false
            weekly on Mon                          ; 2024-04-29T00:00    ; UTC  ;                          ; true
            weekly on Mon                          ; 2024-04-29T23:59:59 ; UTC  ;                          ; true
            weekly on Mon                          ; 2024-04-30T00:00    ; UTC  ;                          ; false
            weekly on sunday                       ; 2024-05-05T12:00    ; UTC  ;                          ; true
            weekly between Mon and Fri             ; 2024-04-28T23:59:59 ; UTC  ;                          ; false
            weekly between Mon and Fri             ; 2024-04-29T00:00    ; UTC  ;                          ; true
            weekly between Mon and Fri             ; 2024-05-03T23:59:59 ; UTC  ;                          ; true
            weekly between Mon and Fri             ; 2024-05-04T00:00    ; UTC  ;                          ; false
            weekly between Mon and Fri             ; 2024-05-03T12:00    ; UTC  ; success 2024-04-29T10:00 ; false
            weekly before Fri                      ; 2024-04-29T00:00    ; UTC  ;                          ; true
            weekly before Fri                      ; 2024-05-03T12:00    ; UTC  ;                          ; true
            weekly before Fri                      ; 2024-05-03T23:59:59 ; UTC  ;                          ; true
            weekly before Fri                      ; 2024-05-04T00:00    ; UTC  ;                          ; false
            weekly after Fri                       ; 2024-05-02T23:59:59 ; UTC  ;                          ; false
            weekly after Fri                       ; 2024-05-03T00:00    ; UTC  ;                          ; true
            weekly after Fri                       ; 2024-05-05T23:59:59 ; UTC  ;                          ; true
            weekly after Fri                       ; 2024-05-06T00:00    ; UTC  ;                          ; false
            weekly after Fri 15:00                 ; 2024-05-03T14:59:59 ; UTC  ;                          ; false
            weekly after Fri 15:00                 ; 2024-05-03T15:00    ; UTC  ;                          ; true
            weekly between Fri and Mon             ; 2024-05-02T23:59:59 ; UTC  ;                          ; false
            weekly between Fri and Mon             ; 2024-05-03T00:00    ; UTC  ;                          ; true
            weekly between Fri and Mon             ; 2024-05-05T12:00    ; UTC  ;                          ; true
            weekly between Fri and Mon             ; 2024-05-06T23:59:59 ; UTC  ;                          ; true
            weekly between Fri and Mon             ; 2024-05-07T00:00    ; UTC  ;                          ; false
            weekly between Fri and Mon             ; 2024-05-06T10:00    ; UTC  ; success 2024-05-04T10:00 ; false
            weekly between Fri and Mon             ; 2024-05-06T10:00    ; UTC  ; success 2024-05-02T10:00 ; true
            weekly between Mon 10:00 and Fri 12:00 ; 2024-04-29T09:59:59 ; UTC  ;                          ; false
            weekly between Mon 10:00 and Fri 12:00 ; 2024-04-29T10:00    ; UTC  ;                          ; true
            weekly between Mon 10:00 and Fri 12:00 ; 2024-05-03T11:59:59 ; UTC  ;                          ; true
            weekly between Mon 10:00 and Fri 12:00 ; 2024-05-03T12:00    ; UTC  ;                          ; false
            weekly starting Wed                    ; 2024-05-07T23:59    ; UTC  ; success 2024-05-01T00:00 ; false
            weekly starting Wed                    ; 2024-05-08T00:00    ; UTC  ; success 2024-05-01T00:00 ; true
            weekly starting Wed                    ; 2024-05-01T00:00    ; UTC  ; success 2024-04-30T23:59:59 ; true
            """)
    void weekly_windows_start_on_monday_and_cover_whole_days(String condition, String now, String zone,
            String history, boolean expected) {
        assertValue(condition, now, zone, history, expected);
    }

    @ParameterizedTest(name = "[{index}] {0} at {1} after [{3}] is {4}")
    @CsvSource(delimiter = ';', quoteCharacter = '"', textBlock = """
            # condition                              ; now                 ; zone ; history                  ; expected
            monthly                                  ; 2024-05-01T00:00    ; UTC  ; success 2024-04-30T23:59:59 ; true
            monthly                                  ; 2024-05-31T23:59:59 ; UTC  ; success 2024-05-01T00:00    ; false
            monthly after 15th                       ; 2024-05-14T23:59:59 ; UTC  ;                          ; false
            monthly after 15th                       ; 2024-05-15T00:00    ; UTC  ;                          ; true
            monthly after 15th                       ; 2024-05-31T23:59:59 ; UTC  ;                          ; true
            monthly after 15th                       ; 2024-06-01T00:00    ; UTC  ;                          ; false
            monthly before 5th                       ; 2024-05-01T00:00    ; UTC  ;                          ; true
            monthly before 5th                       ; 2024-05-05T23:59:59 ; UTC  ;                          ; true
            monthly before 5th                       ; 2024-05-06T00:00    ; UTC  ;                          ; false
            monthly between 10th and 20th            ; 2024-05-09T23:59:59 ; UTC  ;                          ; false
            monthly between 10th and 20th            ; 2024-05-10T00:00    ; UTC  ;                          ; true
            monthly between 10th and 20th            ; 2024-05-20T23:59:59 ; UTC  ;                          ; true
            monthly between 10th and 20th            ; 2024-05-21T00:00    ; UTC  ;                          ; false
            monthly between 25th and 5th             ; 2024-05-24T23:59:59 ; UTC  ;                          ; false
            monthly between 25th and 5th             ; 2024-05-25T00:00    ; UTC  ;                          ; true
            monthly between 25th and 5th             ; 2024-05-31T12:00    ; UTC  ;                          ; true
            monthly between 25th and 5th             ; 2024-06-05T23:59:59 ; UTC  ;                          ; true
            monthly between 25th and 5th             ; 2024-06-06T00:00    ; UTC  ;                          ; false
            monthly between 25th and 5th             ; 2024-02-29T12:00    ; UTC  ;                          ; true
            monthly between 25th and 5th             ; 2024-06-03T10:00    ; UTC  ; success 2024-05-28T10:00 ; false
            monthly between 25th and 5th             ; 2024-06-03T10:00    ; UTC  ; success 2024-05-24T10:00 ; true
            monthly between 25th and 5th             ; 2024-06-25T00:00    ; UTC  ; success 2024-06-03T10:00 ; true
            monthly on 15th                          ; 2024-05-14T23:59:59 ; UTC  ;                          ; false
            monthly on 15th                          ; 2024-05-15T00:00    ; UTC  ;                          ; true
            monthly on 15th                          ; 2024-05-15T23:59:59 ; UTC  ;                          ; true
            monthly on 15th                          ; 2024-05-16T00:00    ; UTC  ;                          ; false
            monthly between 3rd 12:30 and 4th 08:00  ; 2024-05-03T12:29:59 ; UTC  ;                          ; false
            monthly between 3rd 12:30 and 4th 08:00  ; 2024-05-03T12:30    ; UTC  ;                          ; true
            monthly between 3rd 12:30 and 4th 08:00  ; 2024-05-04T07:59:59 ; UTC  ;                          ; true
            monthly between 3rd 12:30 and 4th 08:00  ; 2024-05-04T08:00    ; UTC  ;                          ; false
            monthly starting 15th                    ; 2024-06-14T23:59:59 ; UTC  ; success 2024-05-15T00:00 ; false
            monthly starting 15th                    ; 2024-06-15T00:00    ; UTC  ; success 2024-05-15T00:00 ; true
            monthly starting 15th                    ; 2024-06-14T23:59:59 ; UTC  ; success 2024-05-14T23:59 ; true
            """)
    void monthly_windows_cover_whole_days_and_wrap_into_the_next_month(String condition, String now, String zone,
            String history, boolean expected) {
        assertValue(condition, now, zone, history, expected);
    }

    @ParameterizedTest(name = "[{index}] {0} at {1} is {4}")
    @CsvSource(delimiter = ';', quoteCharacter = '"', textBlock = """
            # condition                   ; now                 ; zone ; history ; expected
            monthly on 31st               ; 2024-04-30T12:00    ; UTC  ;         ; false
            monthly on 31st               ; 2024-05-31T12:00    ; UTC  ;         ; true
            monthly after 30th            ; 2023-02-28T12:00    ; UTC  ;         ; false
            monthly after 30th            ; 2024-02-29T23:59:59 ; UTC  ;         ; false
            monthly after 30th            ; 2024-03-30T00:00    ; UTC  ;         ; true
            monthly after 29th            ; 2024-02-29T00:00    ; UTC  ;         ; true
            monthly after 29th            ; 2023-02-28T23:59:59 ; UTC  ;         ; false
            monthly between 10th and 31st ; 2024-04-30T23:59:59 ; UTC  ;         ; true
            monthly between 10th and 31st ; 2024-05-01T00:00    ; UTC  ;         ; false
            monthly between 20th and 30th ; 2023-02-28T23:59:59 ; UTC  ;         ; true
            monthly between 20th and 30th ; 2023-03-01T00:00    ; UTC  ;         ; false
            monthly before 31st           ; 2023-02-28T23:59:59 ; UTC  ;         ; true
            monthly on 29th               ; 2023-02-28T12:00    ; UTC  ;         ; false
            monthly on 29th               ; 2023-03-29T12:00    ; UTC  ;         ; true
            monthly between 29th and 31st ; 2023-02-28T12:00    ; UTC  ;         ; false
            monthly between 29th and 31st ; 2024-02-29T12:00    ; UTC  ;         ; true
            monthly between 29th and 31st ; 2024-03-01T00:00    ; UTC  ;         ; false
            monthly between 31st and 5th  ; 2024-04-03T12:00    ; UTC  ;         ; true
            monthly between 31st and 5th  ; 2024-04-10T12:00    ; UTC  ;         ; false
            monthly between 31st and 5th  ; 2024-05-01T00:00    ; UTC  ;         ; false
            monthly between 31st and 5th  ; 2024-05-31T00:00    ; UTC  ;         ; true
            monthly between 31st and 5th  ; 2024-06-05T23:59:59 ; UTC  ;         ; true
            """)
    void a_month_day_past_the_months_end_opens_no_window_and_closes_at_the_months_end(String condition, String now,
            String zone, String history, boolean expected) {
        assertValue(condition, now, zone, history, expected);
    }
}
