package dev.kairos.condition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Parsers with user phrases: matching, the values handed to the predicate, and the builder's checks. */
class ConditionParserTest {
    private static final Set<String> FILES = Set.of("/data/in.csv", "it's", "C:\\in dir\\a b.txt");
    private static final EvaluationContext CTX = Scenarios.context("2024-05-01T09:00", "UTC", null);

    private static final ConditionParser PARSER = ConditionParser.builder()
            .phrase("file {} exists", (values, ctx) -> FILES.contains(values.get(0)))
            .phrase("copy {} to {}", (values, ctx) -> values.equals(List.of("a", "b")))
            .phrase("disk is full", (values, ctx) -> false)
            .phrase("queue {} has more than {} items", (values, ctx) -> Integer.parseInt(values.get(1)) < 10)
            .build();

    @ParameterizedTest(name = "[{index}] {0} is {1}")
    @CsvSource(delimiter = ';', quoteCharacter = '"', textBlock = """
            # condition                                      ; expected
            file '/data/in.csv' exists                       ; true
            file '/data/out.csv' exists                      ; false
            file 'it''s' exists                              ; true
            file 'C:\\in dir\\a b.txt' exists                ; true
            FILE '/data/in.csv' Exists                       ; true
            file "/data/in.csv" exists                       ; true
            copy 'a' to 'b'                                  ; true
            copy 'b' to 'a'                                  ; false
            disk is full                                     ; false
            not disk is full                                 ; true
            queue 'q' has more than '5' items                ; true
            queue 'q' has more than '50' items               ; false
            file '/data/in.csv' exists & daily after 06:00   ; true
            file '/data/in.csv' exists and disk is full      ; false
            disk is full | file '/data/in.csv' exists        ; true
            ~(disk is full) & ~file '/x' exists              ; true
            """)
    void registered_phrases_are_matched_and_given_their_quoted_values(String condition, boolean expected) {
        assertEquals(expected, PARSER.parse(condition).test(CTX));
    }

    @Test
    void the_predicate_receives_the_values_in_order_and_the_context() {
        List<Object> seen = new ArrayList<>();
        ConditionParser p = ConditionParser.builder().phrase("move {} from {} to {}", (values, ctx) -> {
            seen.add(values);
            seen.add(ctx.now());
            return true;
        }).build();
        p.parse("move 'x' from 'a''b' to \"c d\"").test(CTX);
        assertEquals(List.of(List.of("x", "a'b", "c d"), CTX.now()), seen);
    }

    @Test
    void a_phrase_next_change_is_now_plus_the_recheck_interval() {
        EvaluationContext ctx = EvaluationContext.builder().now(Instant.parse("2024-05-01T09:00:00Z"))
                .recheckInterval(Duration.ofSeconds(30)).build();
        assertEquals(Instant.parse("2024-05-01T09:00:30Z"), PARSER.parse("disk is full").nextChange(ctx));
    }

    @Test
    void the_standard_parser_knows_no_phrases() {
        assertThrows(ConditionSyntaxException.class, () -> Condition.parse("disk is full"));
        assertEquals(List.of(), ConditionParser.standard().phrases());
    }

    @Test
    void a_parser_with_phrases_still_reads_the_whole_language() {
        assertEquals(true, PARSER.parse("daily after 08:00 & ~task 'x' is running").test(CTX));
    }

    @Test
    void phrases_lists_the_registered_patterns_in_order() {
        assertEquals(List.of("file {} exists", "copy {} to {}", "disk is full", "queue {} has more than {} items"),
                PARSER.phrases());
    }

    @Test
    void to_builder_extends_a_copy_and_leaves_the_original_alone() {
        ConditionParser more = PARSER.toBuilder().phrase("host {} is up", (v, c) -> true).build();
        assertEquals(5, more.phrases().size());
        assertEquals(4, PARSER.phrases().size());
        assertEquals(true, more.parse("host 'a' is up & file '/data/in.csv' exists").test(CTX));
    }

    @Test
    void a_phrase_mentions_no_task() {
        assertEquals(Set.of(), PARSER.parse("file '/data/in.csv' exists").taskNames());
    }

    @Test
    void the_builder_rejects_a_pattern_registered_already_ignoring_case() {
        ConditionParser.Builder b = ConditionParser.builder().phrase("file {} exists", (v, c) -> true);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> b.phrase("FILE {} EXISTS", (v, c) -> true));
        assertEquals("phrase 'FILE {} EXISTS' is registered already as 'file {} exists'", e.getMessage());
    }

    @ParameterizedTest(name = "[{index}] ''{0}''")
    @CsvSource(delimiter = ';', quoteCharacter = '"', emptyValue = "", textBlock = """
            ""
            "   "
            {}
            {} exists
            daily {}
            task {} is ready
            after {} is done
            every {}
            file {}} exists
            """)
    void the_builder_rejects_a_malformed_pattern_or_a_keyword_first_word(String pattern) {
        ConditionParser.Builder b = ConditionParser.builder();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> b.phrase(pattern, (v, c) -> true));
        assertTrue(e.getMessage().contains(pattern.strip().isEmpty() ? "" : pattern), e.getMessage());
    }

    @Test
    void the_builder_rejects_a_missing_meaning() {
        assertThrows(NullPointerException.class, () -> ConditionParser.builder().phrase("disk is full", null));
    }
}
