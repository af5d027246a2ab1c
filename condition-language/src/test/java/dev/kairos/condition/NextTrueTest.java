package dev.kairos.condition;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code nextTrue}: the next instants, from now on, at which the condition holds if the task starts
 * and succeeds at each of them and no other task runs. 2024-05-03 is a Friday.
 */
class NextTrueTest {

    @ParameterizedTest(name = "[{index}] {0} at {1} after [{3}]: {5}")
    @CsvSource(delimiter = ';', quoteCharacter = '"', textBlock = """
            # condition                     ; now                    ; zone             ; history             ; count ; instants
            daily after 08:00               ; 2024-05-01T07:00       ; UTC              ;                     ; 3     ; 2024-05-01T08:00 2024-05-02T08:00 2024-05-03T08:00
            daily after 08:00               ; 2024-05-01T09:00       ; UTC              ;                     ; 2     ; 2024-05-01T09:00 2024-05-02T08:00
            daily after 08:00               ; 2024-05-01T09:00       ; UTC              ; success 08:30       ; 2     ; 2024-05-02T08:00 2024-05-03T08:00
            daily after 08:00               ; 2024-05-01T09:00       ; Europe/Berlin    ; success 08:30       ; 2     ; 2024-05-02T08:00 2024-05-03T08:00
            daily between 22:00 and 02:00   ; 2024-05-01T23:00       ; UTC              ; success 22:30       ; 2     ; 2024-05-02T22:00 2024-05-03T22:00
            hourly after :45                ; 2024-05-01T09:00       ; UTC              ;                     ; 2     ; 2024-05-01T09:45 2024-05-01T10:45
            minutely on :30                 ; 2024-05-01T09:00       ; UTC              ;                     ; 2     ; 2024-05-01T09:00:30 2024-05-01T09:01:30
            weekly on Mon                   ; 2024-05-01T10:00       ; UTC              ;                     ; 2     ; 2024-05-06T00:00 2024-05-13T00:00
            monthly between 25th and 5th    ; 2024-05-10T00:00       ; UTC              ;                     ; 2     ; 2024-05-25T00:00 2024-06-25T00:00
            monthly on 31st                 ; 2024-04-10T00:00       ; UTC              ;                     ; 2     ; 2024-05-31T00:00 2024-07-31T00:00
            every 10 minutes                ; 2024-05-01T09:00       ; UTC              ; run 08:55           ; 3     ; 2024-05-01T09:05 2024-05-01T09:15 2024-05-01T09:25
            every 10 minutes                ; 2024-05-01T09:00       ; UTC              ;                     ; 2     ; 2024-05-01T09:00 2024-05-01T09:10
            cron 0 8 * * 1-5                ; 2024-05-03T09:00       ; UTC              ;                     ; 2     ; 2024-05-06T08:00 2024-05-07T08:00
            cron */20 * * * *               ; 2024-05-01T09:05       ; UTC              ;                     ; 3     ; 2024-05-01T09:20 2024-05-01T09:40 2024-05-01T10:00
            every 1 day & time of day after 08:00 ; 2024-05-01T07:00 ; UTC              ;                     ; 2     ; 2024-05-01T08:00 2024-05-02T08:00
            daily after 02:30               ; 2024-03-30T12:00       ; Europe/Berlin    ;                     ; 3     ; 2024-03-30T12:00 2024-03-31T03:00+02:00 2024-04-01T02:30
            daily between 01:00 and 01:30   ; 2024-11-02T12:00       ; America/New_York ;                     ; 2     ; 2024-11-03T01:00-04:00 2024-11-04T01:00-05:00
            every 10 minutes & time of day between 10:00 and 12:00 ; 2024-05-01T11:45 ; UTC ;              ; 3     ; 2024-05-01T11:45 2024-05-01T11:55 2024-05-02T10:00
            monthly between 29th and 31st   ; 2023-02-10T00:00       ; UTC              ;                     ; 2     ; 2023-03-29T00:00 2023-04-29T00:00
            weekly starting Fri 15:00       ; 2024-05-01T10:00       ; UTC              ; success 2024-04-27T10:00 ; 2 ; 2024-05-03T15:00 2024-05-10T15:00
            after task 'fetch'              ; 2024-05-01T09:00       ; UTC              ; fetch success 07:00 ; 3     ; 2024-05-01T09:00
            false                           ; 2024-05-01T09:00       ; UTC              ;                     ; 3     ;
            after task 'fetch'              ; 2024-05-01T09:00       ; UTC              ;                     ; 3     ;
            """)
    void next_true_lists_the_instants_the_task_would_run(String condition, String now, String zone, String history,
            int count, String instants) {
        ZoneId z = Scenarios.zone(zone);
        List<Instant> expected = instants == null ? List.of()
                : Arrays.stream(instants.split("\\s+")).map(t -> Scenarios.instant(t, z)).toList();
        EvaluationContext ctx = Scenarios.context(now, zone, history);
        assertEquals(expected, Condition.parse(condition).nextTrue(ctx, count));
    }

    @Test
    void next_true_of_zero_instants_is_empty() {
        EvaluationContext ctx = Scenarios.context("2024-05-01T09:00", "UTC", null);
        assertEquals(List.of(), Condition.parse("daily").nextTrue(ctx, 0));
    }
}
