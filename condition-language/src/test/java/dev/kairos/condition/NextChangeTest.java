package dev.kairos.condition;

import static dev.kairos.condition.Scenarios.assertNextChangeNotAfter;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code nextChange}: strictly after now and never after the first instant at which the value
 * really changes (each row names that instant; "never" means only an event can change it, and the
 * answer must then be {@link Condition#NEVER}). 2024-05-03 is a Friday.
 */
class NextChangeTest {

    @ParameterizedTest(name = "[{index}] {0} at {1} after [{3}] changes by {4}")
    @CsvSource(delimiter = ';', quoteCharacter = '"', textBlock = """
            # condition                                  ; now                     ; zone ; history                   ; first change
            daily after 08:00                            ; 2024-05-01T07:00        ; UTC  ;                           ; 2024-05-01T08:00
            daily after 08:00                            ; 2024-05-01T07:59:59.999 ; UTC  ;                           ; 2024-05-01T08:00
            daily after 08:00                            ; 2024-05-01T09:00        ; UTC  ;                           ; 2024-05-02T00:00
            daily after 08:00                            ; 2024-05-01T09:00        ; UTC  ; success 08:30             ; 2024-05-02T08:00
            daily after 08:00                            ; 2024-05-01T09:00        ; UTC  ; run 08:30                 ; 2024-05-02T08:00
            daily between 22:00 and 02:00                ; 2024-05-01T23:00        ; UTC  ;                           ; 2024-05-02T02:00
            daily between 22:00 and 02:00                ; 2024-05-01T12:00        ; UTC  ;                           ; 2024-05-01T22:00
            daily                                        ; 2024-05-01T10:00        ; UTC  ; success 09:00             ; 2024-05-02T00:00
            daily                                        ; 2024-05-01T10:00        ; Europe/Berlin ; success 09:00    ; 2024-05-02T00:00
            daily starting 04:00                         ; 2024-05-01T10:00        ; UTC  ; success 09:00             ; 2024-05-02T04:00
            hourly                                       ; 2024-05-01T09:10        ; UTC  ; success 09:05             ; 2024-05-01T10:00
            hourly between :45 and :15                   ; 2024-05-01T09:50        ; UTC  ;                           ; 2024-05-01T10:15
            minutely after :30                           ; 2024-05-01T09:00:10     ; UTC  ;                           ; 2024-05-01T09:00:30
            secondly                                     ; 2024-05-01T09:00:00.200 ; UTC  ; success 09:00:00.100      ; 2024-05-01T09:00:01
            weekly between Fri and Mon                   ; 2024-05-01T10:00        ; UTC  ;                           ; 2024-05-03T00:00
            weekly between Fri and Mon                   ; 2024-05-03T10:00        ; UTC  ;                           ; 2024-05-07T00:00
            monthly between 25th and 5th                 ; 2024-05-10T00:00        ; UTC  ;                           ; 2024-05-25T00:00
            monthly on 31st                              ; 2024-04-10T00:00        ; UTC  ;                           ; 2024-05-31T00:00
            monthly after 30th                           ; 2023-02-10T00:00        ; UTC  ;                           ; 2023-03-30T00:00
            monthly between 31st and 5th                 ; 2024-04-03T00:00        ; UTC  ;                           ; 2024-04-06T00:00
            monthly between 31st and 5th                 ; 2024-04-10T00:00        ; UTC  ;                           ; 2024-05-31T00:00
            monthly on 31st                              ; 2024-05-31T10:00        ; UTC  ; success 2024-05-31T09:00  ; 2024-07-31T00:00
            weekly between Mon 10:00 and Fri 12:00       ; 2024-05-03T11:00        ; UTC  ;                           ; 2024-05-03T12:00
            weekly between Mon 10:00 and Fri 12:00       ; 2024-05-03T12:00        ; UTC  ;                           ; 2024-05-06T10:00
            every 10 minutes                             ; 2024-05-01T09:00        ; UTC  ; run 08:55                 ; 2024-05-01T09:05
            every 10 minutes                             ; 2024-05-01T09:00        ; UTC  ; run 08:45                 ; never
            cron 0 8 * * 1-5                             ; 2024-05-03T08:00:30     ; UTC  ;                           ; 2024-05-03T08:01
            cron 0 8 * * 1-5                             ; 2024-05-03T09:00        ; UTC  ;                           ; 2024-05-06T08:00
            cron 0 8 * * 1-5                             ; 2024-05-03T08:00:30     ; UTC  ; run 08:00:10              ; 2024-05-06T08:00
            time of day between 10:00 and 12:00          ; 2024-05-01T11:00        ; UTC  ;                           ; 2024-05-01T12:00
            time of week on Sat                          ; 2024-05-01T10:00        ; UTC  ;                           ; 2024-05-04T00:00
            time of minute on :00                        ; 2024-05-01T10:00:00.5   ; UTC  ;                           ; 2024-05-01T10:00:01
            has succeeded today                          ; 2024-05-01T10:00        ; UTC  ; success 09:00             ; 2024-05-02T00:00
            has succeeded today between 08:00 and 10:00  ; 2024-05-01T11:00        ; UTC  ; success 09:00             ; 2024-05-02T08:00
            has succeeded this hour                      ; 2024-05-01T10:20        ; UTC  ; success 10:10             ; 2024-05-01T11:00
            has succeeded in past 1 hour                 ; 2024-05-01T09:30        ; UTC  ; success 09:00             ; 2024-05-01T10:00
            has succeeded in past 1 hour                 ; 2024-05-01T09:30        ; UTC  ; success 08:00, success 09:00 ; 2024-05-01T10:00
            task 'load' is running for more than 2 hours ; 2024-05-01T09:00        ; UTC  ; load run 08:00            ; 2024-05-01T10:00:00.000000001
            task 'load' is running                       ; 2024-05-01T09:00        ; UTC  ; load run 08:00            ; never
            has succeeded                                ; 2024-05-01T09:00        ; UTC  ; success 08:00             ; never
            has failed                                   ; 2024-05-01T09:00        ; UTC  ;                           ; never
            after task 'fetch'                           ; 2024-05-01T09:00        ; UTC  ; fetch success 08:00       ; never
            after any tasks 'a', 'b'                     ; 2024-05-01T09:00        ; UTC  ; run 08:00                 ; never
            retry 3                                      ; 2024-05-01T09:00        ; UTC  ; fail 08:00                ; never
            true                                         ; 2024-05-01T09:00        ; UTC  ;                           ; never
            always false                                 ; 2024-05-01T09:00        ; UTC  ;                           ; never
            daily after 08:00 & ~time of week on Sat     ; 2024-05-03T09:00        ; UTC  ;                           ; 2024-05-04T00:00
            time of day after 20:00 | hourly             ; 2024-05-01T19:30        ; UTC  ; success 19:10             ; 2024-05-01T20:00
            ~time of day between 10:00 and 12:00         ; 2024-05-01T09:00        ; UTC  ;                           ; 2024-05-01T10:00
            """)
    void next_change_is_not_later_than_the_first_real_change(String condition, String now, String zone,
            String history, String firstChange) {
        assertNextChangeNotAfter(condition, now, zone, history, firstChange);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = ';', textBlock = """
            env 'prod'
            param 'mode' exists
            param 'mode' is 'full'
            """)
    void parameter_forms_change_only_through_events(String condition) {
        EvaluationContext ctx = EvaluationContext.builder().now(Instant.parse("2024-05-01T09:00:00Z"))
                .parameter("env", "prod").parameter("mode", "full").build();
        assertEquals(Condition.NEVER, Condition.parse(condition).nextChange(ctx));
    }

    @Test
    void scheduler_has_run_over_changes_just_after_the_duration() {
        Instant started = Instant.parse("2024-05-01T00:00:00Z");
        EvaluationContext ctx = EvaluationContext.builder().now(Instant.parse("2024-05-01T07:00:00Z"))
                .schedulerStarted(started).build();
        Instant next = Condition.parse("scheduler has run over 8 hours").nextChange(ctx);
        Instant truth = started.plus(Duration.ofHours(8)).plusNanos(1);
        assertEquals(true, next.isAfter(ctx.now()) && !next.isAfter(truth), "next change " + next);
    }

    @Test
    void the_readme_example_changes_at_the_end_of_todays_window() {
        InMemoryHistory history = new InMemoryHistory()
                .record("fetch", Action.RUN, Instant.parse("2024-05-01T07:50:00Z"))
                .record("fetch", Action.SUCCESS, Instant.parse("2024-05-01T07:55:00Z"));
        EvaluationContext ctx = EvaluationContext.builder().now(Instant.parse("2024-05-01T09:00:00Z"))
                .zone(ZoneOffset.UTC).task("report").history(history).build();
        Condition c = Condition.parse("daily after 08:00 & after task 'fetch' succeeded");
        assertEquals(true, c.test(ctx));
        assertEquals(Instant.parse("2024-05-02T00:00:00Z"), c.nextChange(ctx));
    }
}
