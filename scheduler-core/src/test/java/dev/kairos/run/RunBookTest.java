package dev.kairos.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kairos.condition.Action;
import dev.kairos.condition.ConditionParser;
import dev.kairos.log.LogRecord;
import dev.kairos.task.Execution;
import dev.kairos.task.TaskDefinition;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RunBookTest {
    private static final Instant T0 = Instant.parse("2024-05-06T08:00:00Z");

    private static TaskState task(String name) {
        TaskDefinition d = TaskDefinition.builder(name).start("true").body(ctx -> null).build();
        return new TaskState(d, ConditionParser.standard().parse("true"), null, Set.of(), Set.of(), Execution.THREAD, null, 1);
    }

    private static Parameters none() {
        return new Parameters(Map.of(), Map.of(), Map.of(), new Results());
    }

    @Test
    void run_ids_continue_after_the_highest_one_read() {
        RunBook book = new RunBook();
        book.noteRunId("41");
        book.noteRunId("7");
        book.noteRunId("not-a-number");
        book.noteRunId(null);
        book.noteRunId("99999999999999999999999"); // too long for a long: ignored
        assertEquals("42", book.launch(task("a"), T0, null, none()).runId);
    }

    @Test
    void a_launch_makes_its_run_record_and_joins_the_launches() {
        RunBook book = new RunBook();
        TaskState t = task("a");
        RunState r = book.launch(t, T0, T0.plusSeconds(60), none());
        assertEquals(List.of(LogRecord.started("a", "1", T0)), book.records);
        assertEquals(List.of(r), book.launches);
        assertEquals(List.of(r), t.runs);
        assertEquals(1, book.liveCount());
        book.unlaunch(r);
        assertTrue(book.noneLive());
        assertTrue(t.runs.isEmpty());
    }

    @Test
    void a_terminated_run_is_recorded_once_and_waited_for_until_it_returns() {
        RunBook book = new RunBook();
        RunState r = book.launch(task("a"), T0, null, none());
        book.records.clear();
        book.launches.clear();
        book.terminate(r, T0.plusSeconds(5), "timeout");
        assertEquals(List.of(Action.TERMINATE), book.records.stream().map(LogRecord::action).toList());
        assertEquals(List.of(r), book.stops);
        assertTrue(book.noneLive());
        assertEquals(Set.of(), book.unreturned(false));
        assertEquals(Set.of(r), book.unreturned(true));
        assertEquals(List.of("run 1 of 'a' (terminated)"), book.describeUnreturned());

        book.records.clear();
        Outcome success = new Outcome(Action.SUCCESS, null, "", null);
        assertFalse(book.returned(new Event.Finished(r, success, T0.plusSeconds(9))), "not recorded");
        assertTrue(book.records.isEmpty());
        assertEquals(Set.of(), book.unreturned(true));
    }

    @Test
    void a_return_is_recorded_with_its_outcome_never_before_its_start() {
        RunBook book = new RunBook();
        RunState r = book.launch(task("a"), T0, null, none());
        book.records.clear();
        Outcome fail = new Outcome(Action.FAIL, null, "boom", "java.lang.IllegalStateException: boom");
        assertTrue(book.returned(new Event.Finished(r, fail, T0.minusMillis(3)))); // a clock set back
        LogRecord finish = book.records.get(0);
        assertEquals(Action.FAIL, finish.action());
        assertEquals(T0, finish.end());
        assertEquals("boom", finish.message());
        assertTrue(book.noneLive());
    }
}
