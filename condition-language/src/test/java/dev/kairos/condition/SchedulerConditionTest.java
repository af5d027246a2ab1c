package dev.kairos.condition;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The {@code scheduler …} forms, over the context's scheduler start and loop count. */
class SchedulerConditionTest {

    @ParameterizedTest(name = "[{index}] {0} at {1}, started {2}, {3} cycles: {4}")
    @CsvSource(delimiter = ';', quoteCharacter = '"', textBlock = """
            # condition                         ; now                      ; started               ; cycles ; expected
            scheduler has run over 8 hours      ; 2024-05-01T07:59:59Z     ; 2024-05-01T00:00Z     ; 0      ; false
            scheduler has run over 8 hours      ; 2024-05-01T08:00Z        ; 2024-05-01T00:00Z     ; 0      ; false
            scheduler has run over 8 hours      ; 2024-05-01T08:00:00.001Z ; 2024-05-01T00:00Z     ; 0      ; true
            scheduler has run over 30 minutes   ; 2024-05-01T09:00Z        ; 2024-05-01T08:00Z     ; 0      ; true
            scheduler started 10 minutes ago    ; 2024-05-01T09:00Z        ; 2024-05-01T08:59Z     ; 0      ; true
            scheduler started 10 minutes ago    ; 2024-05-01T09:00Z        ; 2024-05-01T08:50Z     ; 0      ; true
            scheduler started 10 minutes ago    ; 2024-05-01T09:00Z        ; 2024-05-01T08:49:59Z  ; 0      ; false
            scheduler started 10 minutes ago    ; 2024-05-01T09:00Z        ; 2024-05-01T09:00Z     ; 0      ; true
            scheduler has more than 100 cycles  ; 2024-05-01T09:00Z        ; 2024-05-01T08:00Z     ; 100    ; false
            scheduler has more than 100 cycles  ; 2024-05-01T09:00Z        ; 2024-05-01T08:00Z     ; 101    ; true
            scheduler has less than 100 cycles  ; 2024-05-01T09:00Z        ; 2024-05-01T08:00Z     ; 99     ; true
            scheduler has less than 100 cycles  ; 2024-05-01T09:00Z        ; 2024-05-01T08:00Z     ; 100    ; false
            scheduler has less than 1 cycles    ; 2024-05-01T09:00Z        ; 2024-05-01T08:00Z     ; 0      ; true
            SCHEDULER HAS MORE THAN 0 CYCLES    ; 2024-05-01T09:00Z        ; 2024-05-01T08:00Z     ; 1      ; true
            scheduler has 3 cycles              ; 2024-05-01T09:00Z        ; 2024-05-01T08:00Z     ; 2      ; false
            scheduler has 3 cycles              ; 2024-05-01T09:00Z        ; 2024-05-01T08:00Z     ; 3      ; true
            scheduler has 3 cycles              ; 2024-05-01T09:00Z        ; 2024-05-01T08:00Z     ; 4      ; false
            scheduler has 0 cycles              ; 2024-05-01T09:00Z        ; 2024-05-01T08:00Z     ; 0      ; true
            """)
    void scheduler_forms_read_the_start_and_the_loop_count(String condition, String now, String started, long cycles,
            boolean expected) {
        EvaluationContext ctx = EvaluationContext.builder().now(Scenarios.instant(now, null))
                .schedulerStarted(Scenarios.instant(started, null))
                .cycles(cycles).build();
        assertEquals(expected, Condition.parse(condition).test(ctx));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = ';', textBlock = """
            scheduler has run over 8 hours
            scheduler started 10 minutes ago
            scheduler has more than 0 cycles
            scheduler has 3 cycles
            """)
    void scheduler_time_forms_do_not_throw_before_the_scheduler_started(String condition) {
        EvaluationContext ctx = EvaluationContext.builder().now(Instant.parse("2024-05-01T09:00:00Z")).build();
        Condition c = Condition.parse(condition);
        c.test(ctx);
        c.explain(ctx);
        c.nextChange(ctx);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = ';', textBlock = """
            scheduler has run over 8 hours
            """)
    void has_run_over_is_false_before_the_scheduler_started(String condition) {
        EvaluationContext ctx = EvaluationContext.builder().now(Instant.parse("2024-05-01T09:00:00Z")).build();
        assertEquals(false, Condition.parse(condition).test(ctx));
    }
}
