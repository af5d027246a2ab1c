package dev.kairos.condition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a parsed condition says about itself: its normalised text and the tasks it mentions. */
class ConditionTest {

    @ParameterizedTest(name = "[{index}] ''{0}'' reads as ''{1}''")
    @CsvSource(delimiter = ';', quoteCharacter = '"', textBlock = """
            # written                                ; normalised
            daily after 08:00                        ; daily after 08:00
            DAILY   After 08:00                      ; daily after 08:00
            Task 'Fetch' HAS Succeeded Today         ; task 'Fetch' has succeeded today
            after task 'fetch'                       ; after task 'fetch'
            every 10 minutes                         ; every 10 minutes
            """)
    void to_string_is_the_text_with_single_spaces_and_lower_case_keywords(String written, String normalised) {
        assertEquals(normalised, Condition.parse(written).toString());
    }

    @Test
    void to_string_reads_back_as_the_same_condition() {
        for (String text : List.of("daily after 08:00 & after task 'fetch' succeeded",
                "true | false & ~true",
                "task 'it''s' has failed this week between Mon and Fri",
                "(hourly | every 2 hours, 30 minutes) & ~time of day between 22:00 and 02:00",
                "cron */15 8-17 * * 1-5 & env 'prod'")) {
            Condition c = Condition.parse(text);
            assertEquals(c.toString(), Condition.parse(c.toString()).toString(), text);
        }
    }

    @ParameterizedTest(name = "[{index}] {0} mentions [{1}]")
    @CsvSource(delimiter = ';', quoteCharacter = '"', textBlock = """
            # condition                                                         ; tasks
            daily                                                               ;
            has succeeded today                                                 ;
            task 'fetch' has succeeded today                                    ; fetch
            after task 'fetch' & task 'load' is running                         ; fetch load
            after any tasks 'a', 'b', 'c' failed | ~while task 'a' is running   ; a b c
            task 'it''s' has failed                                             ; it's
            """)
    void task_names_lists_every_task_the_condition_mentions(String condition, String tasks) {
        Set<String> expected = tasks == null ? Set.of() : Set.of(tasks.split(" "));
        assertEquals(expected, Condition.parse(condition).taskNames());
    }

    @Test
    void task_names_may_hold_any_character() {
        String name = "load: the \"big\" one, café & co | ~(x)";
        Condition c = Condition.parse("task 'load: the \"big\" one, café & co | ~(x)' is running");
        assertEquals(Set.of(name), c.taskNames());
        InMemoryHistory h = new InMemoryHistory().record(name, Action.RUN, Instant.parse("2024-05-01T08:00:00Z"));
        EvaluationContext ctx = EvaluationContext.builder().now(Instant.parse("2024-05-01T09:00:00Z")).history(h).build();
        assertEquals(true, c.test(ctx));
        assertEquals(Set.of("say \"hi\""), Condition.parse("after task \"say \"\"hi\"\"\"").taskNames());
    }

    @ParameterizedTest(name = "[{index}] {0} without a task is {1}")
    @CsvSource(delimiter = ';', quoteCharacter = '"', textBlock = """
            # condition                 ; expected (the history of the evaluating task is empty)
            daily                       ; true
            every 10 minutes            ; true
            has succeeded               ; false
            has started today           ; false
            retry                       ; false
            after task 'fetch'          ; true
            task 'fetch' has succeeded  ; true
            """)
    void forms_about_the_task_see_an_empty_history_when_there_is_no_task(String condition, boolean expected) {
        InMemoryHistory h = new InMemoryHistory().record("fetch", Action.SUCCESS, Instant.parse("2024-05-01T08:00:00Z"))
                .record("", Action.FAIL, Instant.parse("2024-05-01T08:00:00Z"));
        EvaluationContext ctx = EvaluationContext.builder().now(Instant.parse("2024-05-01T09:00:00Z"))
                .zone(java.time.ZoneOffset.UTC).history(h).build();
        assertEquals(expected, Condition.parse(condition).test(ctx));
    }

    @Test
    void parse_rejects_null() {
        assertThrows(NullPointerException.class, () -> Condition.parse(null));
    }

    @Test
    void one_parsed_condition_can_be_evaluated_from_many_threads() throws Exception {
        Condition c = Condition.parse("daily after 08:00 & ~has failed today | every 10 minutes");
        List<EvaluationContext> contexts = List.of(
                Scenarios.context("2024-05-01T07:00", "UTC", "run 06:55"),
                Scenarios.context("2024-05-01T09:00", "Europe/Berlin", "fail 08:30"),
                Scenarios.context("2024-05-01T09:00", "America/New_York", null));
        List<Boolean> expected = contexts.stream().map(c::test).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Boolean>>> futures = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                futures.add(pool.submit(() -> {
                    List<Boolean> last = null;
                    for (int k = 0; k < 200; k++) {
                        last = contexts.stream().map(c::test).toList();
                    }
                    return last;
                }));
            }
            for (Future<List<Boolean>> f : futures) {
                assertEquals(expected, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0} reads {1}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = ';', textBlock = """
            daily after 08:00                              ; ''
            param 'mode' exists                            ; mode
            param 'mode' is 'full' | env 'prod'            ; env mode
            ~(param 'a' exists & (every 1 hour | param 'b' is 'x')) ; a b
            """)
    void parameter_names_are_the_session_parameters_a_condition_reads(String text, String names) {
        java.util.Set<String> expected = names.isBlank() ? java.util.Set.of()
                : java.util.Set.of(names.split(" "));
        org.junit.jupiter.api.Assertions.assertEquals(expected, Condition.parse(text).parameterNames());
    }

    @org.junit.jupiter.api.Test
    void a_registered_phrase_may_read_any_parameter() {
        Condition c = ConditionParser.builder().phrase("file {} exists", (v, ctx) -> true).build()
                .parse("file 'x' exists & param 'mode' exists");
        org.junit.jupiter.api.Assertions.assertEquals(java.util.Set.of(Condition.ANY_PARAMETER, "mode"),
                c.parameterNames());
    }
}
