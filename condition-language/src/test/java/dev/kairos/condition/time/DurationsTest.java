package dev.kairos.condition.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kairos.condition.ConditionSyntaxException;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class DurationsTest {

    @ParameterizedTest(name = "[{index}] ''{0}'' is {1}")
    @CsvSource(delimiter = ';', quoteCharacter = '"', textBlock = """
            # written               ; ISO duration
            10s                     ; PT10S
            10 seconds              ; PT10S
            1 second                ; PT1S
            1 sec                   ; PT1S
            500ms                   ; PT0.5S
            500 ms                  ; PT0.5S
            1.5 hours               ; PT1H30M
            1.5s                    ; PT1.5S
            0.25 minutes            ; PT15S
            2 hours, 30 minutes     ; PT2H30M
            2 hours 30 minutes      ; PT2H30M
            2h 30m                  ; PT2H30M
            2h30m                   ; PT2H30M
            1 minute                ; PT1M
            1 min                   ; PT1M
            5m                      ; PT5M
            1 hour                  ; PT1H
            3 hr                    ; PT3H
            01:30:00                ; PT1H30M
            01:30                   ; PT1H30M
            00:00:01                ; PT1S
            1 week                  ; PT168H
            2w                      ; PT336H
            2 weeks                 ; PT336H
            3 days                  ; PT72H
            1 day                   ; PT24H
            1d                      ; PT24H
            1d2h3m4s                ; PT26H3M4S
            1 day, 2 hours, 3 minutes, 4 seconds ; PT26H3M4S
            2 HOURS                 ; PT2H
            "  10 s  "              ; PT10S
            """)
    void every_documented_form_is_read(String text, Duration expected) {
        assertEquals(expected, Durations.parse(text));
    }

    @ParameterizedTest(name = "[{index}] {0} is written ''{1}''")
    @CsvSource(delimiter = ';', textBlock = """
            PT2H30M        ; 2h30m
            PT45S          ; 45s
            PT26H3M4S      ; 1d2h3m4s
            PT168H         ; 7d
            PT0.5S         ; 500ms
            PT1M0.001S     ; 1m1ms
            PT0S           ; 0s
            PT1.0000005S   ; 1.0000005s
            PT0.000000001S ; 0.000000001s
            PT0.0015S      ; 0.0015s
            """)
    void format_writes_a_short_form(Duration d, String expected) {
        assertEquals(expected, Durations.format(d));
    }

    @Test
    void format_writes_fractional_seconds_as_its_javadoc_shows() {
        assertEquals("1.5s", Durations.format(Duration.ofMillis(1500)));
    }

    static Stream<Duration> positiveDurations() {
        return Stream.of(Duration.ofMillis(1), Duration.ofMillis(999), Duration.ofSeconds(1), Duration.ofMillis(1500),
                Duration.ofSeconds(59), Duration.ofMinutes(1), Duration.ofSeconds(61), Duration.ofMinutes(90),
                Duration.ofHours(23), Duration.ofHours(24), Duration.ofHours(25), Duration.ofDays(7).plusMillis(1),
                Duration.ofDays(400), Duration.ofHours(1).plusMinutes(1).plusSeconds(1).plusMillis(1),
                Duration.ofNanos(1), Duration.ofSeconds(90, 5), Duration.ofDays(2).plusNanos(1_500_000));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("positiveDurations")
    void format_reads_back_as_the_same_duration(Duration d) {
        assertEquals(d, Durations.parse(Durations.format(d)));
    }

    @ParameterizedTest(name = "[{index}] ''{0}''")
    @CsvSource(delimiter = ';', quoteCharacter = '"', emptyValue = "", textBlock = """
            ""
            0 seconds
            0s
            00:00:00
            -5s
            10 parsecs
            hours
            10
            2 hours and 30 minutes
            1,5 hours
            2 hours,
            """)
    void a_non_positive_or_malformed_duration_is_a_syntax_error(String text) {
        assertThrows(ConditionSyntaxException.class, () -> Durations.parse(text));
    }

    @Test
    void a_zero_duration_error_says_it_must_be_positive() {
        ConditionSyntaxException e = assertThrows(ConditionSyntaxException.class, () -> Durations.parse("0 seconds"));
        assertEquals(1, e.line());
        assertEquals(1, e.column());
        assertEquals(true, e.expected().contains("positive"), e.getMessage());
    }

    @Test
    void an_unknown_unit_is_reported_where_it_stands() {
        ConditionSyntaxException e = assertThrows(ConditionSyntaxException.class, () -> Durations.parse("10 parsecs"));
        assertEquals(1, e.line());
        assertEquals(4, e.column());
    }

    @Test
    void null_is_rejected() {
        assertThrows(NullPointerException.class, () -> Durations.parse(null));
        assertThrows(NullPointerException.class, () -> Durations.format(null));
    }

    @ParameterizedTest(name = "{0} is shown as ''{1}''")
    @CsvSource(delimiter = ';', textBlock = """
            PT0S                 ; 0 ns
            PT0.000000850S       ; 850 ns
            PT0.0000085S         ; 8.5 µs
            PT0.000250S          ; 250 µs
            PT0.001043787S       ; 1.0 ms
            PT0.0125S            ; 12.5 ms
            PT0.25S              ; 250 ms
            PT0.999999999S       ; 999 ms
            PT1.5S               ; 1.5 s
            PT9.99S              ; 9.9 s
            PT45S                ; 45 s
            PT1M                 ; 1 min
            PT2M5S               ; 2 min 5 s
            PT3H12M30S           ; 3 h 12 min
            PT50H                ; 2 d 2 h
            PT-1.5S              ; -1.5 s
            """)
    void for_people_a_duration_is_shown_in_its_largest_units(Duration d, String shown) {
        assertEquals(shown, Durations.forPeople(d));
    }

    @Test
    void for_people_the_longest_duration_is_shown_in_days() {
        assertEquals("106751991167300 d 15 h", Durations.forPeople(Duration.ofSeconds(Long.MAX_VALUE, 999_999_999)));
    }
}
