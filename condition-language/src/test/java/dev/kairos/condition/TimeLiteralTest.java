package dev.kairos.condition;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every way of writing a point of a cycle means the same instant: each row is a
 * {@code time of day after T} window, probed one second before, at and one second after the
 * expected start, and on {@code time of week}/{@code time of month} for weekdays and month days.
 */
class TimeLiteralTest {

    private static boolean at(String condition, LocalDate day, LocalTime time) {
        Instant now = day.atTime(time).toInstant(ZoneOffset.UTC);
        return Condition.parse(condition).test(
                EvaluationContext.builder().now(now).zone(ZoneOffset.UTC).build());
    }

    @ParameterizedTest(name = "[{index}] ''{0}'' is {1}")
    @CsvSource(delimiter = ';', quoteCharacter = '"', textBlock = """
            # written   ; means
            08:00       ; 08:00:00
            8:00        ; 08:00:00
            8:00:30     ; 08:00:30
            08:00:30    ; 08:00:30
            23:59:59    ; 23:59:59
            8am         ; 08:00:00
            8 am        ; 08:00:00
            8AM         ; 08:00:00
            10 PM       ; 22:00:00
            10pm        ; 22:00:00
            8:30am      ; 08:30:00
            8:30 pm     ; 20:30:00
            12pm        ; 12:00:00
            12:30 am    ; 00:30:00
            12:30 pm    ; 12:30:00
            1am         ; 01:00:00
            """)
    void a_time_of_day_can_be_written_in_every_documented_way(String written, LocalTime means) {
        String c = "time of day after " + written;
        LocalDate day = LocalDate.of(2024, 5, 1);
        if (!means.equals(LocalTime.MIDNIGHT)) {
            assertEquals(false, at(c, day, means.minusSeconds(1)), c + " one second before");
        }
        assertEquals(true, at(c, day, means), c + " at");
        if (!means.equals(LocalTime.of(23, 59, 59))) {
            assertEquals(true, at(c, day, means.plusSeconds(1)), c + " one second after");
        }
    }

    @ParameterizedTest(name = "[{index}] ''{0}''")
    @CsvSource(delimiter = ';', quoteCharacter = '"', textBlock = """
            # condition                          ; a day inside ; the day before it, outside
            time of week on Mon                  ; 2024-04-29   ; 2024-04-28
            time of week on monday               ; 2024-04-29   ; 2024-04-28
            time of week on MONDAY               ; 2024-04-29   ; 2024-04-28
            time of week on tue                  ; 2024-04-30   ; 2024-04-29
            time of week on tuesday              ; 2024-04-30   ; 2024-04-29
            time of week on wed                  ; 2024-05-01   ; 2024-04-30
            time of week on wednesday            ; 2024-05-01   ; 2024-04-30
            time of week on thu                  ; 2024-05-02   ; 2024-05-01
            time of week on thursday             ; 2024-05-02   ; 2024-05-01
            time of week on fri                  ; 2024-05-03   ; 2024-05-02
            time of week on friday               ; 2024-05-03   ; 2024-05-02
            time of week on sat                  ; 2024-05-04   ; 2024-05-03
            time of week on saturday             ; 2024-05-04   ; 2024-05-03
            time of week on sun                  ; 2024-05-05   ; 2024-05-04
            time of week on sunday               ; 2024-05-05   ; 2024-05-04
            time of month on 1st                 ; 2024-05-01   ; 2024-04-30
            time of month on 2nd                 ; 2024-05-02   ; 2024-05-01
            time of month on 3rd                 ; 2024-05-03   ; 2024-05-02
            time of month on 4th                 ; 2024-05-04   ; 2024-05-03
            time of month on 11th                ; 2024-05-11   ; 2024-05-10
            time of month on 12th                ; 2024-05-12   ; 2024-05-11
            time of month on 21st                ; 2024-05-21   ; 2024-05-20
            time of month on 22nd                ; 2024-05-22   ; 2024-05-21
            time of month on 23rd                ; 2024-05-23   ; 2024-05-22
            time of month on 31st                ; 2024-05-31   ; 2024-05-30
            """)
    void weekdays_and_month_days_can_be_written_in_every_documented_way(String condition, LocalDate inside,
            LocalDate outside) {
        assertEquals(true, at(condition, inside, LocalTime.MIDNIGHT), "at the start of " + inside);
        assertEquals(true, at(condition, inside, LocalTime.of(23, 59, 59)), "at the end of " + inside);
        assertEquals(false, at(condition, outside, LocalTime.of(23, 59, 59)), "on " + outside);
    }

    @ParameterizedTest(name = "[{index}] ''{0}'' at {1} is {2}")
    @CsvSource(delimiter = ';', quoteCharacter = '"', textBlock = """
            # condition                              ; now                  ; expected
            time of week after Fri 15:00             ; 2024-05-03T14:59:59  ; false
            time of week after Fri 15:00             ; 2024-05-03T15:00     ; true
            time of week after friday 3pm            ; 2024-05-03T15:00     ; true
            time of week after friday 3pm            ; 2024-05-03T14:59:59  ; false
            time of month after 3rd 12:30            ; 2024-05-03T12:29:59  ; false
            time of month after 3rd 12:30            ; 2024-05-03T12:30     ; true
            time of month after 3rd 12:30 pm         ; 2024-05-03T12:30     ; true
            time of day between 22:00 and 24:00      ; 2024-05-01T23:59:59  ; true
            time of day before 24:00                 ; 2024-05-01T23:59:59  ; true
            time of hour after :15                   ; 2024-05-01T09:15     ; true
            time of hour after 15:00                 ; 2024-05-01T09:15     ; true
            time of hour after 15:00                 ; 2024-05-01T09:14:59  ; false
            time of hour after :15:30                ; 2024-05-01T09:15:29  ; false
            time of hour after :15:30                ; 2024-05-01T09:15:30  ; true
            time of minute after :30                 ; 2024-05-01T09:15:30  ; true
            time of minute after :30                 ; 2024-05-01T09:15:29  ; false
            """)
    void points_with_times_and_cycle_specific_forms(String condition, String now, boolean expected) {
        Instant at = Instant.parse(now + (now.length() == 16 ? ":00Z" : "Z"));
        boolean actual = Condition.parse(condition).test(EvaluationContext.builder().now(at).zone(ZoneOffset.UTC).build());
        assertEquals(expected, actual);
    }
}
