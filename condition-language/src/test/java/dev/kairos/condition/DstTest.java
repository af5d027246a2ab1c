package dev.kairos.condition;

import static dev.kairos.condition.Scenarios.assertNextChangeNotAfter;
import static dev.kairos.condition.Scenarios.assertValue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Both DST transitions in three zones. Instants carry their offset so that each row names one
 * instant. The transitions of 2024:
 *
 * <pre>
 * Europe/Berlin        gap      2024-03-31 02:00 → 03:00 (+01:00 → +02:00)
 *                      overlap  2024-10-27 03:00 → 02:00 (+02:00 → +01:00): 02:00–03:00 twice
 * America/New_York     gap      2024-03-10 02:00 → 03:00 (−05:00 → −04:00)
 *                      overlap  2024-11-03 02:00 → 01:00 (−04:00 → −05:00): 01:00–02:00 twice
 * Australia/Lord_Howe  overlap  2024-04-07 02:00 → 01:30 (+11:00 → +10:30): 01:30–02:00 twice
 *                      gap      2024-10-06 02:00 → 02:30 (+10:30 → +11:00)
 * </pre>
 *
 * A boundary in a gap moves to the gap's end; a window wholly in a gap keeps its length from the
 * gap's end; a time that occurs twice means its first occurrence; a day is a calendar day of 23,
 * 23.5, 24, 24.5 or 25 hours; a repeated hour is a new hour for {@code hourly} and {@code minutely}.
 */
class DstTest {

    @ParameterizedTest(name = "[{index}] {0} at {1} {2} after [{3}] is {4}")
    @CsvSource(delimiter = ';', quoteCharacter = '"', textBlock = """
            # condition                    ; now                       ; zone          ; history                                ; expected
            # spring forward: a boundary in the gap moves to its end
            daily after 02:30              ; 2024-03-31T01:59:59+01:00 ; Europe/Berlin ;                                        ; false
            daily after 02:30              ; 2024-03-31T03:00+02:00    ; Europe/Berlin ;                                        ; true
            daily after 02:30              ; 2024-03-31T03:10+02:00    ; Europe/Berlin ; success 2024-03-31T03:00:05+02:00      ; false
            daily before 02:30             ; 2024-03-31T01:59:59+01:00 ; Europe/Berlin ;                                        ; true
            daily before 02:30             ; 2024-03-31T03:00+02:00    ; Europe/Berlin ;                                        ; false
            daily between 01:30 and 02:30  ; 2024-03-31T01:59:59+01:00 ; Europe/Berlin ;                                        ; true
            daily between 01:30 and 02:30  ; 2024-03-31T03:00+02:00    ; Europe/Berlin ;                                        ; false
            time of day after 02:30        ; 2024-03-31T01:59:59+01:00 ; Europe/Berlin ;                                        ; false
            time of day after 02:30        ; 2024-03-31T03:00+02:00    ; Europe/Berlin ;                                        ; true
            daily between 22:00 and 02:00  ; 2024-03-31T01:59:59+01:00 ; Europe/Berlin ;                                        ; true
            daily between 22:00 and 02:00  ; 2024-03-31T03:00+02:00    ; Europe/Berlin ;                                        ; false
            weekly on Sun                  ; 2024-03-31T23:59:59+02:00 ; Europe/Berlin ;                                        ; true
            weekly on Sun                  ; 2024-04-01T00:00+02:00    ; Europe/Berlin ;                                        ; false
            # spring forward: a window wholly in the gap keeps its length from the gap's end
            daily between 02:15 and 02:45  ; 2024-03-31T01:59:59+01:00 ; Europe/Berlin ;                                        ; false
            daily between 02:15 and 02:45  ; 2024-03-31T03:00+02:00    ; Europe/Berlin ;                                        ; true
            daily between 02:15 and 02:45  ; 2024-03-31T03:29:59+02:00 ; Europe/Berlin ;                                        ; true
            daily between 02:15 and 02:45  ; 2024-03-31T03:30+02:00    ; Europe/Berlin ;                                        ; false
            daily on 2am                   ; 2024-03-31T03:59:59+02:00 ; Europe/Berlin ;                                        ; true
            daily on 2am                   ; 2024-03-31T04:00+02:00    ; Europe/Berlin ;                                        ; false
            daily on 2am                   ; 2024-04-01T02:00+02:00    ; Europe/Berlin ; success 2024-03-31T03:10+02:00         ; true
            # spring forward: a 23-hour day is still one day
            daily                          ; 2024-03-31T23:59:59+02:00 ; Europe/Berlin ; success 2024-03-31T00:10+01:00         ; false
            daily                          ; 2024-04-01T00:00+02:00    ; Europe/Berlin ; success 2024-03-31T00:10+01:00         ; true
            has succeeded today            ; 2024-03-31T23:00+02:00    ; Europe/Berlin ; success 2024-03-31T00:00+01:00         ; true
            every 1 hour                   ; 2024-03-31T03:29:59+02:00 ; Europe/Berlin ; run 2024-03-31T01:30+01:00             ; false
            every 1 hour                   ; 2024-03-31T03:30+02:00    ; Europe/Berlin ; run 2024-03-31T01:30+01:00             ; true
            hourly                         ; 2024-03-31T03:00+02:00    ; Europe/Berlin ; success 2024-03-31T01:30+01:00         ; true
            weekly                         ; 2024-04-01T00:00+02:00    ; Europe/Berlin ; success 2024-03-31T23:59+02:00         ; true
            # fall back: a repeated time means its first occurrence
            daily between 02:00 and 02:30  ; 2024-10-27T01:59:59+02:00 ; Europe/Berlin ;                                        ; false
            daily between 02:00 and 02:30  ; 2024-10-27T02:00+02:00    ; Europe/Berlin ;                                        ; true
            daily between 02:00 and 02:30  ; 2024-10-27T02:29:59+02:00 ; Europe/Berlin ;                                        ; true
            daily between 02:00 and 02:30  ; 2024-10-27T02:30+02:00    ; Europe/Berlin ;                                        ; false
            daily between 02:00 and 02:30  ; 2024-10-27T02:00+01:00    ; Europe/Berlin ;                                        ; false
            daily between 02:00 and 02:30  ; 2024-10-27T02:15+01:00    ; Europe/Berlin ;                                        ; false
            daily after 02:30              ; 2024-10-27T02:29:59+02:00 ; Europe/Berlin ;                                        ; false
            daily after 02:30              ; 2024-10-27T02:30+02:00    ; Europe/Berlin ;                                        ; true
            daily after 02:30              ; 2024-10-27T02:10+01:00    ; Europe/Berlin ;                                        ; true
            daily before 02:30             ; 2024-10-27T02:10+01:00    ; Europe/Berlin ;                                        ; false
            time of day between 02:00 and 03:00 ; 2024-10-27T02:30+01:00 ; Europe/Berlin ;                                    ; true
            time of day between 02:00 and 03:00 ; 2024-10-27T03:00+01:00 ; Europe/Berlin ;                                    ; false
            time of day on 2am             ; 2024-10-27T02:30+01:00    ; Europe/Berlin ;                                        ; true
            # fall back: a 25-hour day is still one day
            daily                          ; 2024-10-27T23:59:59+01:00 ; Europe/Berlin ; success 2024-10-27T00:10+02:00         ; false
            daily                          ; 2024-10-28T00:00+01:00    ; Europe/Berlin ; success 2024-10-27T00:10+02:00         ; true
            has succeeded today            ; 2024-10-27T23:30+01:00    ; Europe/Berlin ; success 2024-10-27T00:00+02:00         ; true
            every 1 hour                   ; 2024-10-27T02:10+01:00    ; Europe/Berlin ; run 2024-10-27T02:10+02:00             ; true
            every 1 hour                   ; 2024-10-27T02:09:59+01:00 ; Europe/Berlin ; run 2024-10-27T02:10+02:00             ; false
            # fall back: the repeated hour is a new hour
            hourly                         ; 2024-10-27T02:59+02:00    ; Europe/Berlin ; success 2024-10-27T02:10+02:00         ; false
            hourly                         ; 2024-10-27T02:10+01:00    ; Europe/Berlin ; success 2024-10-27T02:10+02:00         ; true
            hourly                         ; 2024-10-27T02:50+01:00    ; Europe/Berlin ; success 2024-10-27T02:10+01:00         ; false
            hourly after :30               ; 2024-10-27T02:45+01:00    ; Europe/Berlin ; success 2024-10-27T02:40+02:00         ; true
            minutely                       ; 2024-10-27T02:10:30+01:00 ; Europe/Berlin ; success 2024-10-27T02:10:10+02:00      ; true
            has succeeded this hour        ; 2024-10-27T02:10+01:00    ; Europe/Berlin ; success 2024-10-27T02:20+02:00         ; false
            has succeeded this hour        ; 2024-10-27T02:30+01:00    ; Europe/Berlin ; success 2024-10-27T02:20+01:00         ; true
            # fall back: windows finer than a second, and 'on' past midnight, keep the same rules
            hourly between 15:05.5 and 45:10.005 ; 2024-10-27T02:20+01:00 ; Europe/Berlin ; success 2024-10-27T02:20+02:00    ; true
            hourly between 15:05.5 and 45:10.005 ; 2024-10-27T02:15:05.499+01:00 ; Europe/Berlin ;                            ; false
            minutely before 45             ; 2024-10-27T02:10:44.999+01:00 ; Europe/Berlin ; success 2024-10-27T02:10:10+02:00 ; true
            secondly between 15.005 and 45.005 ; 2024-10-27T02:10:10.016+01:00 ; Europe/Berlin ; success 2024-10-27T02:10:10.016+02:00 ; true
            daily on 23:01                 ; 2024-10-28T00:00:59+01:00 ; Europe/Berlin ; success 2024-10-27T23:30+01:00         ; false
            daily on 23:01                 ; 2024-03-31T00:00:59+01:00 ; Europe/Berlin ;                                        ; true
            daily on 02:30                 ; 2024-03-31T03:00+02:00    ; Europe/Berlin ;                                        ; true
            daily on 02:30                 ; 2024-03-31T03:59:59+02:00 ; Europe/Berlin ;                                        ; false
            """)
    void europe_berlin(String condition, String now, String zone, String history, boolean expected) {
        assertValue(condition, now, zone, history, expected);
    }

    @ParameterizedTest(name = "[{index}] {0} at {1} {2} after [{3}] is {4}")
    @CsvSource(delimiter = ';', quoteCharacter = '"', textBlock = """
            # condition                    ; now                       ; zone             ; history                           ; expected
            daily after 02:30              ; 2024-03-10T01:59:59-05:00 ; America/New_York ;                                   ; false
            daily after 02:30              ; 2024-03-10T03:00-04:00    ; America/New_York ;                                   ; true
            daily between 02:00 and 02:30  ; 2024-03-10T01:59:59-05:00 ; America/New_York ;                                   ; false
            daily between 02:00 and 02:30  ; 2024-03-10T03:00-04:00    ; America/New_York ;                                   ; true
            daily between 02:00 and 02:30  ; 2024-03-10T03:29:59-04:00 ; America/New_York ;                                   ; true
            daily between 02:00 and 02:30  ; 2024-03-10T03:30-04:00    ; America/New_York ;                                   ; false
            daily                          ; 2024-03-10T23:59:59-04:00 ; America/New_York ; success 2024-03-10T00:00-05:00    ; false
            daily                          ; 2024-03-11T00:00-04:00    ; America/New_York ; success 2024-03-10T00:00-05:00    ; true
            hourly                         ; 2024-03-10T03:00-04:00    ; America/New_York ; success 2024-03-10T01:59-05:00    ; true
            daily between 01:00 and 01:30  ; 2024-11-03T00:59:59-04:00 ; America/New_York ;                                   ; false
            daily between 01:00 and 01:30  ; 2024-11-03T01:00-04:00    ; America/New_York ;                                   ; true
            daily between 01:00 and 01:30  ; 2024-11-03T01:29:59-04:00 ; America/New_York ;                                   ; true
            daily between 01:00 and 01:30  ; 2024-11-03T01:30-04:00    ; America/New_York ;                                   ; false
            daily between 01:00 and 01:30  ; 2024-11-03T01:00-05:00    ; America/New_York ;                                   ; false
            daily between 01:00 and 01:30  ; 2024-11-03T01:15-05:00    ; America/New_York ;                                   ; false
            daily after 01:30              ; 2024-11-03T01:15-05:00    ; America/New_York ;                                   ; true
            time of day before 01:30       ; 2024-11-03T01:15-05:00    ; America/New_York ;                                   ; false
            hourly                         ; 2024-11-03T01:10-05:00    ; America/New_York ; success 2024-11-03T01:10-04:00    ; true
            hourly                         ; 2024-11-03T01:50-04:00    ; America/New_York ; success 2024-11-03T01:10-04:00    ; false
            daily                          ; 2024-11-03T23:59:59-05:00 ; America/New_York ; success 2024-11-03T00:30-04:00    ; false
            daily                          ; 2024-11-04T00:00-05:00    ; America/New_York ; success 2024-11-03T00:30-04:00    ; true
            has succeeded today            ; 2024-11-03T23:00-05:00    ; America/New_York ; success 2024-11-03T00:30-04:00    ; true
            """)
    void america_new_york(String condition, String now, String zone, String history, boolean expected) {
        assertValue(condition, now, zone, history, expected);
    }

    @ParameterizedTest(name = "[{index}] {0} at {1} {2} after [{3}] is {4}")
    @CsvSource(delimiter = ';', quoteCharacter = '"', textBlock = """
            # condition                    ; now                       ; zone                ; history                         ; expected
            # fall back by 30 minutes: 01:30–02:00 occurs twice
            daily between 01:30 and 01:45  ; 2024-04-07T01:29:59+11:00 ; Australia/Lord_Howe ;                                 ; false
            daily between 01:30 and 01:45  ; 2024-04-07T01:30+11:00    ; Australia/Lord_Howe ;                                 ; true
            daily between 01:30 and 01:45  ; 2024-04-07T01:44:59+11:00 ; Australia/Lord_Howe ;                                 ; true
            daily between 01:30 and 01:45  ; 2024-04-07T01:45+11:00    ; Australia/Lord_Howe ;                                 ; false
            daily between 01:30 and 01:45  ; 2024-04-07T01:30+10:30    ; Australia/Lord_Howe ;                                 ; false
            daily between 01:30 and 01:45  ; 2024-04-07T01:35+10:30    ; Australia/Lord_Howe ;                                 ; false
            daily after 01:45              ; 2024-04-07T01:35+10:30    ; Australia/Lord_Howe ;                                 ; true
            daily                          ; 2024-04-07T23:59:59+10:30 ; Australia/Lord_Howe ; success 2024-04-07T00:10+11:00  ; false
            daily                          ; 2024-04-08T00:00+10:30    ; Australia/Lord_Howe ; success 2024-04-07T00:10+11:00  ; true
            hourly                         ; 2024-04-07T01:40+10:30    ; Australia/Lord_Howe ; success 2024-04-07T01:40+11:00  ; true
            minutely                       ; 2024-04-07T01:40:30+10:30 ; Australia/Lord_Howe ; success 2024-04-07T01:40:10+11:00 ; true
            every 30 minutes               ; 2024-04-07T01:40+10:30    ; Australia/Lord_Howe ; run 2024-04-07T01:40+11:00      ; true
            has succeeded this hour        ; 2024-04-07T01:40+10:30    ; Australia/Lord_Howe ; success 2024-04-07T01:35+11:00  ; false
            has succeeded this hour        ; 2024-04-07T01:40+10:30    ; Australia/Lord_Howe ; success 2024-04-07T01:35+10:30  ; true
            # spring forward by 30 minutes: 02:00–02:30 does not exist
            daily after 02:15              ; 2024-10-06T01:59:59+10:30 ; Australia/Lord_Howe ;                                 ; false
            daily after 02:15              ; 2024-10-06T02:30+11:00    ; Australia/Lord_Howe ;                                 ; true
            daily between 02:00 and 02:20  ; 2024-10-06T01:59:59+10:30 ; Australia/Lord_Howe ;                                 ; false
            daily between 02:00 and 02:20  ; 2024-10-06T02:30+11:00    ; Australia/Lord_Howe ;                                 ; true
            daily between 02:00 and 02:20  ; 2024-10-06T02:49:59+11:00 ; Australia/Lord_Howe ;                                 ; true
            daily between 02:00 and 02:20  ; 2024-10-06T02:50+11:00    ; Australia/Lord_Howe ;                                 ; false
            daily between 01:45 and 02:10  ; 2024-10-06T01:59:59+10:30 ; Australia/Lord_Howe ;                                 ; true
            daily between 01:45 and 02:10  ; 2024-10-06T02:30+11:00    ; Australia/Lord_Howe ;                                 ; false
            daily                          ; 2024-10-06T23:59:59+11:00 ; Australia/Lord_Howe ; success 2024-10-06T00:10+10:30  ; false
            daily                          ; 2024-10-07T00:00+11:00    ; Australia/Lord_Howe ; success 2024-10-06T00:10+10:30  ; true
            hourly                         ; 2024-10-06T02:30+11:00    ; Australia/Lord_Howe ; success 2024-10-06T01:45+10:30  ; true
            hourly                         ; 2024-10-06T02:40+11:00    ; Australia/Lord_Howe ; success 2024-10-06T02:35+11:00  ; false
            hourly                         ; 2024-10-06T01:40+10:30    ; Australia/Lord_Howe ; success 2024-10-06T01:10+10:30  ; false
            has succeeded this hour        ; 2024-10-06T02:40+11:00    ; Australia/Lord_Howe ; success 2024-10-06T01:45+10:30  ; false
            has succeeded this hour        ; 2024-10-06T02:40+11:00    ; Australia/Lord_Howe ; success 2024-10-06T02:30+11:00  ; true
            """)
    void australia_lord_howe(String condition, String now, String zone, String history, boolean expected) {
        assertValue(condition, now, zone, history, expected);
    }

    @ParameterizedTest(name = "[{index}] {0} at {1} {2} after [{3}] changes by {4}")
    @CsvSource(delimiter = ';', quoteCharacter = '"', textBlock = """
            # condition                    ; now                       ; zone                ; history                         ; changes at (or earlier)
            daily after 02:30              ; 2024-03-31T01:00+01:00    ; Europe/Berlin       ;                                 ; 2024-03-31T03:00+02:00
            daily between 02:15 and 02:45  ; 2024-03-31T03:00+02:00    ; Europe/Berlin       ;                                 ; 2024-03-31T03:30+02:00
            daily                          ; 2024-03-31T12:00+02:00    ; Europe/Berlin       ; success 2024-03-31T00:10+01:00  ; 2024-04-01T00:00+02:00
            daily                          ; 2024-10-27T12:00+01:00    ; Europe/Berlin       ; success 2024-10-27T00:10+02:00  ; 2024-10-28T00:00+01:00
            hourly                         ; 2024-10-27T02:20+02:00    ; Europe/Berlin       ; success 2024-10-27T02:10+02:00  ; 2024-10-27T02:00+01:00
            daily between 02:00 and 02:30  ; 2024-10-27T02:10+02:00    ; Europe/Berlin       ;                                 ; 2024-10-27T02:30+02:00
            daily between 02:00 and 02:30  ; 2024-10-27T02:30+02:00    ; Europe/Berlin       ;                                 ; 2024-10-28T02:00+01:00
            daily between 01:00 and 01:30  ; 2024-11-03T01:29-04:00    ; America/New_York    ;                                 ; 2024-11-03T01:30-04:00
            daily between 01:00 and 01:30  ; 2024-11-03T01:30-04:00    ; America/New_York    ;                                 ; 2024-11-04T01:00-05:00
            daily after 02:30              ; 2024-03-10T00:00-05:00    ; America/New_York    ;                                 ; 2024-03-10T03:00-04:00
            daily after 02:15              ; 2024-10-06T01:00+10:30    ; Australia/Lord_Howe ;                                 ; 2024-10-06T02:30+11:00
            hourly                         ; 2024-04-07T01:50+11:00    ; Australia/Lord_Howe ; success 2024-04-07T01:40+11:00  ; 2024-04-07T01:30+10:30
            daily                          ; 2024-10-06T12:00+11:00    ; Australia/Lord_Howe ; success 2024-10-06T00:10+10:30  ; 2024-10-07T00:00+11:00
            """)
    void next_change_is_never_later_than_a_dst_shifted_boundary(String condition, String now, String zone,
            String history, String truth) {
        assertNextChangeNotAfter(condition, now, zone, history, truth);
    }
}
