package dev.kairos.condition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExplanationTest {
    private static final Instant T0 = Instant.parse("2024-05-01T08:00:00Z");

    @Test
    void render_indents_parts_and_shows_next_changes_in_the_zone() {
        Explanation leaf1 = new Explanation("daily after 08:00", true, "inside today's window", T0, List.of());
        Explanation leaf2 = new Explanation("after task 'fetch'", false, "task 'fetch' never succeeded", null,
                List.of());
        Explanation root = new Explanation("daily after 08:00 & after task 'fetch'", false, "", T0,
                List.of(leaf1, leaf2));
        assertEquals("""
                false  daily after 08:00 & after task 'fetch' [next change 2024-05-01T10:00:00+02:00]
                  true   daily after 08:00  — inside today's window [next change 2024-05-01T10:00:00+02:00]
                  false  after task 'fetch'  — task 'fetch' never succeeded
                """, root.render(ZoneId.of("Europe/Berlin")));
        assertEquals(root.render(ZoneId.of("UTC")), root.toString());
    }

    @Test
    void the_record_checks_and_copies_its_inputs() {
        assertThrows(NullPointerException.class, () -> new Explanation(null, true, "", null, List.of()));
        assertThrows(NullPointerException.class, () -> new Explanation("x", true, null, null, List.of()));
        List<Explanation> parts = new ArrayList<>();
        Explanation e = new Explanation("x", true, "", null, parts);
        parts.add(e);
        assertTrue(e.parts().isEmpty());
    }

    @ParameterizedTest(name = "[{index}] {0} has {4} parts")
    @CsvSource(delimiter = ';', quoteCharacter = '"', textBlock = """
            # condition                                         ; now              ; zone ; history ; parts
            daily after 08:00                                   ; 2024-05-01T09:00 ; UTC  ;         ; 0
            daily after 08:00 & after task 'fetch'              ; 2024-05-01T09:00 ; UTC  ;         ; 2
            true | false | true                                 ; 2024-05-01T09:00 ; UTC  ;         ; 3
            ~ daily                                             ; 2024-05-01T09:00 ; UTC  ;         ; 1
            (daily | hourly) & retry                            ; 2024-05-01T09:00 ; UTC  ;         ; 2
            """)
    void the_tree_has_one_part_per_operand(String condition, String now, String zone, String history, int parts) {
        EvaluationContext ctx = Scenarios.context(now, zone, history);
        Explanation e = Condition.parse(condition).explain(ctx);
        assertEquals(parts, e.parts().size(), e.render(ctx.zone()));
    }

    @ParameterizedTest(name = "[{index}] {0} at {1} after [{3}]")
    @CsvSource(delimiter = ';', quoteCharacter = '"', textBlock = """
            # condition                                           ; now              ; zone          ; history
            daily after 08:00                                     ; 2024-05-01T09:00 ; UTC           ;
            daily after 08:00 & after task 'fetch'                ; 2024-05-01T09:00 ; UTC           ; fetch success 08:30
            (daily | hourly) & ~retry                             ; 2024-05-01T09:00 ; Europe/Berlin ; fail 08:30
            after task 'fetch'                                    ; 2024-05-01T09:00 ; UTC           ;
            every 10 minutes | task 'load' is running             ; 2024-05-01T09:00 ; UTC           ; run 08:55
            """)
    void each_node_agrees_with_the_conditions_own_answers(String condition, String now, String zone, String history) {
        EvaluationContext ctx = Scenarios.context(now, zone, history);
        Condition c = Condition.parse(condition);
        Explanation e = c.explain(ctx);
        assertEquals(c.test(ctx), e.value(), e.render(ctx.zone()));
        Instant next = c.nextChange(ctx);
        if (next.equals(Condition.NEVER)) {
            assertNull(e.nextChange(), e.render(ctx.zone()));
        } else {
            assertEquals(next, e.nextChange(), e.render(ctx.zone()));
        }
        for (Explanation part : e.parts()) {
            Condition p = Condition.parse(part.condition());
            assertEquals(p.test(ctx), part.value(), "part " + part.condition() + "\n" + e.render(ctx.zone()));
        }
    }

    @Test
    void after_task_explains_itself_as_in_the_readme() {
        EvaluationContext ctx = Scenarios.context("2024-05-01T09:00", "UTC", "fetch success 07:55, run 08:00");
        Explanation e = Condition.parse("after task 'fetch' succeeded").explain(ctx);
        assertEquals("false  after task 'fetch' succeeded  — task 'fetch' last succeeded 2024-05-01T07:55 before this "
                + "task's last start 2024-05-01T08:00\n", e.render(ctx.zone()));
    }

    @Test
    void a_false_has_condition_says_what_it_looked_at() {
        EvaluationContext ctx = Scenarios.context("2024-05-01T09:00", "UTC", "success 2024-04-30T10:00");
        Explanation e = Condition.parse("has succeeded today").explain(ctx);
        assertEquals(false, e.value());
        assertTrue(!e.reason().isBlank(), e.render(ctx.zone()));
    }
}
