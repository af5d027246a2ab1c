package dev.kairos.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ExplainAndNextTest {

    @Test
    void explain_shows_the_tree_and_the_next_change() {
        Cli r = Cli.run("explain", "daily after 08:00 & ~task 'x' has failed today", "--now", "2024-05-01T09:00",
                "--zone", "Europe/Paris");
        assertEquals(0, r.code(), r.err());
        String[] lines = r.out().split("\n");
        assertEquals("at 2024-05-01T09:00:00+02:00 (Europe/Paris) for task '(no task)':", lines[0]);
        assertTrue(lines[1].startsWith("true   daily after 08:00 & ~task 'x' has failed today"), lines[1]);
        assertTrue(lines[2].startsWith("  true   daily after 08:00  — "), lines[2]);
        assertTrue(lines[4].startsWith("    false  task 'x' has failed today"), lines[4]);
        assertEquals("it may change at 2024-05-02T00:00:00+02:00", lines[lines.length - 1]);
    }

    @Test
    void explain_of_a_false_condition_exits_1() {
        Cli r = Cli.run("explain", "daily before 08:00", "--now", "2024-05-01T09:00Z", "--zone", "UTC");
        assertEquals(1, r.code());
        assertTrue(r.out().contains("false  daily before 08:00"), r.out());
    }

    @Test
    void explain_says_when_only_an_event_can_change_it() {
        Cli r = Cli.run("explain", "after task 'fetch' succeeded", "--now", "2024-05-01T09:00Z");
        assertTrue(r.out().endsWith("it stays false until a task runs or a parameter changes\n"), r.out());
    }

    @Test
    void next_lists_the_next_instants() {
        Cli r = Cli.run("next", "daily between 08:00 and 08:15 | daily between 22:00 and 22:15", "--now",
                "2024-05-01T09:00", "--zone", "Europe/Paris", "--count", "3");
        assertEquals(0, r.code(), r.err());
        assertEquals("""
                2024-05-01T22:00:00+02:00
                2024-05-02T08:00:00+02:00
                2024-05-02T22:00:00+02:00
                """, r.out());
    }

    @Test
    void next_says_when_there_are_no_more() {
        Cli r = Cli.run("next", "after task 'fetch' succeeded", "--now", "2024-05-01T09:00Z");
        assertEquals("", r.out());
        assertTrue(r.err().contains("unless another task runs"), r.err());
        assertEquals(3, Cli.run("next", "true", "--count", "0").code());
        assertEquals(2, Cli.run("next", "dayly").code());
    }
}
