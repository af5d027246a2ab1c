package dev.kairos.internal.loop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kairos.condition.Action;
import dev.kairos.log.LogRecord;
import java.time.Instant;
import dev.kairos.internal.launch.Outcome;
import dev.kairos.internal.launch.Parameters;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RunBookTest {
    private static final Instant T0 = Fixtures.T0;

    private static TaskState task(String name) {
        return Fixtures.task(name);
    }

    private static Parameters none() {
        return Fixtures.none();
    }

    @Test
    void run_ids_continue_after_the_highest_one_read() {
        RunBook book = Fixtures.book();
        book.noteRunId("41");
        book.noteRunId("7");
        book.noteRunId("not-a-number");
        book.noteRunId("120a");
        book.noteRunId("");
        book.noteRunId(null);
        book.noteRunId("99999999999999999999999"); // too long for a long: ignored
        assertEquals("42", book.launch(task("a"), T0, T0, null, none()).runId);
    }

    @Test
    void a_launch_makes_its_run_record_and_joins_the_launches() {
        RunBook book = Fixtures.book();
        TaskState t = task("a");
        RunState r = book.launch(t, T0, T0, T0.plusSeconds(60), none());
        Decisions.Builder pass = new Decisions.Builder();
        pass.launch(r);
        Decisions d = pass.freeze();
        assertEquals(List.of(LogRecord.started("a", "1", T0)), d.records());
        assertEquals(List.of(r), d.launches());
        assertEquals(List.of(r), t.runs);
        assertEquals(1, book.liveCount());
        book.unlaunch(r);
        assertTrue(book.noneLive());
        assertTrue(t.runs.isEmpty());
    }

    @Test
    void a_terminated_run_is_recorded_once_and_waited_for_until_it_returns() {
        RunBook book = Fixtures.book();
        RunState r = book.launch(task("a"), T0, T0, null, none());
        Decisions.Builder pass = new Decisions.Builder();
        pass.stop(r, book.terminate(r, T0.plusSeconds(5), "timeout"));
        Decisions d = pass.freeze();
        assertEquals(List.of(Action.TERMINATE), d.records().stream().map(LogRecord::action).toList());
        assertEquals(List.of(r), d.stops());
        assertTrue(book.noneLive());
        assertEquals(Set.of(), book.unreturned(false));
        assertEquals(Set.of(r), book.unreturned(true));
        assertEquals(List.of("run 1 of 'a' (terminated)"), book.describeUnreturned());

        Outcome success = new Outcome(Action.SUCCESS, null, "", null);
        assertFalse(book.returned(new Event.Finished(r, success, T0.plusSeconds(9))).isPresent(), "not recorded");
        assertEquals(Set.of(), book.unreturned(true));
    }

    @Test
    void a_return_is_recorded_with_its_outcome_never_before_its_start() {
        RunBook book = Fixtures.book();
        RunState r = book.launch(task("a"), T0, T0, null, none());
        Outcome fail = new Outcome(Action.FAIL, null, "boom", "java.lang.IllegalStateException: boom");
        Optional<LogRecord> recorded = book.returned(new Event.Finished(r, fail, T0.minusMillis(3))); // a clock set back
        assertTrue(recorded.isPresent());
        LogRecord finish = recorded.get();
        assertEquals(Action.FAIL, finish.action());
        assertEquals(T0, finish.end());
        assertEquals("boom", finish.message());
        assertTrue(book.noneLive());
    }

    @Test
    void frozen_decisions_cannot_be_changed() {
        RunBook book = Fixtures.book();
        Decisions.Builder pass = new Decisions.Builder();
        pass.launch(book.launch(task("a"), T0, T0, null, none()));
        Decisions d = pass.freeze();
        assertThrows(UnsupportedOperationException.class, () -> d.records().clear());
        assertThrows(UnsupportedOperationException.class, () -> d.launches().clear());
        RunState late = book.launch(task("b"), T0, T0, null, none());
        assertThrows(IllegalStateException.class, () -> pass.launch(late));
        assertEquals(1, d.records().size());
    }
}
