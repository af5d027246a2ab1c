package dev.kairos.condition;

import static dev.kairos.condition.Scenarios.assertValue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code after task 'x' [action]} and {@code after [all|any] tasks …}: x's latest such record is
 * strictly newer than the evaluating task's ({@code report}'s) latest start; if the task never
 * started, any such record will do. Every order of events.
 */
class DependencyConditionTest {

    @ParameterizedTest(name = "[{index}] {0} after [{3}] is {4}")
    @CsvSource(delimiter = ';', quoteCharacter = '"', textBlock = """
            # condition                        ; now              ; zone ; history                                        ; expected
            after task 'fetch'                 ; 2024-05-01T09:00 ; UTC  ; fetch success 07:55, run 08:00                 ; false
            after task 'fetch'                 ; 2024-05-01T09:00 ; UTC  ; run 08:00, fetch success 08:05                 ; true
            after task 'fetch'                 ; 2024-05-01T09:00 ; UTC  ; run 08:00, fetch success 08:00                 ; false
            after task 'fetch'                 ; 2024-05-01T09:00 ; UTC  ; run 08:00, fetch success 08:00:00.001          ; true
            after task 'fetch'                 ; 2024-05-01T09:00 ; UTC  ; run 08:00                                      ; false
            after task 'fetch'                 ; 2024-05-01T09:00 ; UTC  ; fetch success 07:00                            ; true
            after task 'fetch'                 ; 2024-05-01T09:00 ; UTC  ;                                                ; false
            after task 'fetch'                 ; 2024-05-01T09:00 ; UTC  ; fetch run 08:30                                ; false
            after task 'fetch'                 ; 2024-05-01T09:00 ; UTC  ; run 08:00, fetch run 08:10                     ; false
            after task 'fetch'                 ; 2024-05-01T09:00 ; UTC  ; run 08:00, fetch fail 08:30                    ; false
            after task 'fetch'                 ; 2024-05-01T09:00 ; UTC  ; run 08:00, fetch success 08:05, run 08:10      ; false
            after task 'fetch'                 ; 2024-05-01T09:00 ; UTC  ; run 08:00, success 08:02, fetch success 08:05  ; true
            after task 'fetch'                 ; 2024-05-01T09:00 ; UTC  ; run 08:00, fetch success 08:30, success 08:40  ; true
            after task 'fetch'                 ; 2024-05-01T09:00 ; UTC  ; success 07:00, fetch success 06:00            ; true
            after task 'fetch' succeeded       ; 2024-05-01T09:00 ; UTC  ; run 08:00, fetch success 08:05                 ; true
            after task 'fetch' succeeded       ; 2024-05-01T09:00 ; UTC  ; fetch success 07:00, run 08:00, fetch fail 08:30 ; false
            after task 'fetch' failed          ; 2024-05-01T09:00 ; UTC  ; run 08:00, fetch fail 08:30                    ; true
            after task 'fetch' failed          ; 2024-05-01T09:00 ; UTC  ; run 08:00, fetch success 08:30                 ; false
            after task 'fetch' failed          ; 2024-05-01T09:00 ; UTC  ; fetch fail 07:30, run 08:00, fetch success 08:30 ; false
            after task 'fetch' failed          ; 2024-05-01T09:00 ; UTC  ; fetch fail 07:30                               ; true
            after task 'fetch' finished        ; 2024-05-01T09:00 ; UTC  ; run 08:00, fetch success 08:30                 ; true
            after task 'fetch' finished        ; 2024-05-01T09:00 ; UTC  ; run 08:00, fetch fail 08:30                    ; true
            after task 'fetch' finished        ; 2024-05-01T09:00 ; UTC  ; run 08:00, fetch terminate 08:30               ; true
            after task 'fetch' finished        ; 2024-05-01T09:00 ; UTC  ; run 08:00, fetch inaction 08:30                ; false
            after task 'fetch' finished        ; 2024-05-01T09:00 ; UTC  ; run 08:00, fetch run 08:10, fetch crash 08:30  ; false
            after task 'fetch' finished        ; 2024-05-01T09:00 ; UTC  ; fetch success 07:00, run 08:00, fetch fail 08:30 ; true
            after task 'fetch' finished        ; 2024-05-01T09:00 ; UTC  ; fetch fail 07:00, run 08:00                    ; false
            after task 'fetch' terminated      ; 2024-05-01T09:00 ; UTC  ; run 08:00, fetch terminate 08:30               ; true
            after task 'fetch' terminated      ; 2024-05-01T09:00 ; UTC  ; run 08:00, fetch fail 08:30                    ; false
            after task "fetch"                 ; 2024-05-01T09:00 ; UTC  ; run 08:00, fetch success 08:05                 ; true
            AFTER TASK 'fetch' SUCCEEDED       ; 2024-05-01T09:00 ; UTC  ; run 08:00, fetch success 08:05                 ; true
            """)
    void after_task_compares_the_dependency_with_the_tasks_latest_start(String condition, String now, String zone,
            String history, boolean expected) {
        assertValue(condition, now, zone, history, expected);
    }

    @ParameterizedTest(name = "[{index}] {0} after [{3}] is {4}")
    @CsvSource(delimiter = ';', quoteCharacter = '"', textBlock = """
            # condition                                   ; now              ; zone ; history                                     ; expected
            after tasks 'a', 'b'                          ; 2024-05-01T09:00 ; UTC  ; run 08:00, a success 08:10, b success 08:20   ; true
            after tasks 'a', 'b'                          ; 2024-05-01T09:00 ; UTC  ; run 08:00, a success 08:10                    ; false
            after tasks 'a', 'b'                          ; 2024-05-01T09:00 ; UTC  ; b success 07:50, run 08:00, a success 08:10   ; false
            after tasks 'a', 'b'                          ; 2024-05-01T09:00 ; UTC  ; a success 01:00, b success 02:00              ; true
            after tasks 'a', 'b'                          ; 2024-05-01T09:00 ; UTC  ; a success 01:00                               ; false
            after all tasks 'a', 'b'                      ; 2024-05-01T09:00 ; UTC  ; run 08:00, a success 08:10, b success 08:20   ; true
            after all tasks 'a', 'b'                      ; 2024-05-01T09:00 ; UTC  ; run 08:00, a success 08:10, b fail 08:20      ; false
            after any tasks 'a', 'b'                      ; 2024-05-01T09:00 ; UTC  ; run 08:00, a success 08:10                    ; true
            after any tasks 'a', 'b'                      ; 2024-05-01T09:00 ; UTC  ; run 08:00, b success 08:10                    ; true
            after any tasks 'a', 'b'                      ; 2024-05-01T09:00 ; UTC  ; a success 07:00, b success 07:30, run 08:00   ; false
            after any tasks 'a', 'b'                      ; 2024-05-01T09:00 ; UTC  ;                                             ; false
            after any tasks 'a', 'b' failed               ; 2024-05-01T09:00 ; UTC  ; run 08:00, b fail 08:10                       ; true
            after any tasks 'a', 'b' failed               ; 2024-05-01T09:00 ; UTC  ; run 08:00, b success 08:10                    ; false
            after all tasks 'a', 'b', 'c' finished        ; 2024-05-01T09:00 ; UTC  ; run 08:00, a success 08:10, b fail 08:20, c terminate 08:30 ; true
            after all tasks 'a', 'b', 'c' finished        ; 2024-05-01T09:00 ; UTC  ; run 08:00, a success 08:10, b fail 08:20, c inaction 08:30  ; false
            after tasks 'a','b'                           ; 2024-05-01T09:00 ; UTC  ; run 08:00, a success 08:10, b success 08:20   ; true
            after tasks "a", 'b'                          ; 2024-05-01T09:00 ; UTC  ; run 08:00, a success 08:10, b success 08:20   ; true
            """)
    void after_tasks_needs_all_by_default_or_any_when_asked(String condition, String now, String zone, String history,
            boolean expected) {
        assertValue(condition, now, zone, history, expected);
    }
}
