package dev.kairos.condition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InMemoryHistoryTest {
    private static final Instant T0 = Instant.parse("2024-05-01T08:00:00Z");

    private static Instant t(int minutes) {
        return T0.plusSeconds(60L * minutes);
    }

    @Test
    void a_task_never_recorded_has_the_empty_history() {
        InMemoryHistory h = new InMemoryHistory();
        assertSame(TaskHistory.empty(), h.of("nobody"));
        TaskHistory e = TaskHistory.empty();
        assertNull(e.latest(Action.SUCCESS));
        assertNull(e.latestBefore(Action.SUCCESS, T0));
        assertEquals(0, e.liveRuns());
        assertNull(e.oldestLiveStart());
        assertNull(e.newestLiveStart());
        assertEquals(0, e.failuresInARow());
    }

    @Test
    void latest_and_latest_before_answer_per_action() {
        InMemoryHistory h = new InMemoryHistory()
                .record("a", Action.RUN, t(0)).record("a", Action.SUCCESS, t(5))
                .record("a", Action.RUN, t(10)).record("a", Action.FAIL, t(15));
        TaskHistory a = h.of("a");
        assertEquals(t(10), a.latest(Action.RUN));
        assertEquals(t(5), a.latest(Action.SUCCESS));
        assertEquals(t(15), a.latest(Action.FAIL));
        assertNull(a.latest(Action.TERMINATE));
        assertEquals(t(0), a.latestBefore(Action.RUN, t(10)));
        assertEquals(t(10), a.latestBefore(Action.RUN, t(11)));
        assertNull(a.latestBefore(Action.RUN, t(0)));
        assertNull(a.latestBefore(Action.CRASH, t(100)));
    }

    @Test
    void tasks_are_kept_apart() {
        InMemoryHistory h = new InMemoryHistory().record("a", Action.RUN, t(0)).record("b", Action.SUCCESS, t(1));
        assertEquals(1, h.of("a").liveRuns());
        assertEquals(0, h.of("b").liveRuns());
        assertNull(h.of("a").latest(Action.SUCCESS));
        assertEquals(Set.of("a", "b"), h.tasks());
    }

    @Test
    void a_finish_with_a_run_id_closes_that_run() {
        InMemoryHistory h = new InMemoryHistory()
                .record("a", Action.RUN, t(0), "r1").record("a", Action.RUN, t(5), "r2");
        assertEquals(2, h.of("a").liveRuns());
        assertEquals(t(0), h.of("a").oldestLiveStart());
        assertEquals(t(5), h.of("a").newestLiveStart());
        h.record("a", Action.SUCCESS, t(6), "r1");
        assertEquals(1, h.of("a").liveRuns());
        assertEquals(t(5), h.of("a").oldestLiveStart());
        assertEquals(t(5), h.of("a").newestLiveStart());
        h.record("a", Action.TERMINATE, t(7), "r2");
        assertEquals(0, h.of("a").liveRuns());
        assertNull(h.of("a").oldestLiveStart());
        assertNull(h.of("a").newestLiveStart());
    }

    @Test
    void a_finish_without_a_run_id_closes_the_oldest_live_run() {
        InMemoryHistory h = new InMemoryHistory()
                .record("a", Action.RUN, t(5), "late").record("a", Action.RUN, t(0), "early")
                .record("a", Action.RUN, t(3));
        h.record("a", Action.SUCCESS, t(10));
        assertEquals(2, h.of("a").liveRuns());
        assertEquals(t(3), h.of("a").oldestLiveStart());
        h.record("a", Action.FAIL, t(11));
        assertEquals(1, h.of("a").liveRuns());
        assertEquals(t(5), h.of("a").oldestLiveStart());
    }

    @Test
    void a_finish_with_an_unknown_run_id_closes_nothing() {
        InMemoryHistory h = new InMemoryHistory().record("a", Action.RUN, t(0), "r1");
        h.record("a", Action.SUCCESS, t(1), "other");
        assertEquals(1, h.of("a").liveRuns());
        assertEquals(t(1), h.of("a").latest(Action.SUCCESS));
    }

    @Test
    void a_finish_with_no_live_run_is_still_recorded() {
        InMemoryHistory h = new InMemoryHistory().record("a", Action.SUCCESS, t(1));
        assertEquals(0, h.of("a").liveRuns());
        assertEquals(t(1), h.of("a").latest(Action.SUCCESS));
    }

    @Test
    void a_run_id_started_again_replaces_its_earlier_start() {
        InMemoryHistory h = new InMemoryHistory().record("a", Action.RUN, t(0), "r1").record("a", Action.RUN, t(5), "r1");
        assertEquals(1, h.of("a").liveRuns());
        assertEquals(t(5), h.of("a").oldestLiveStart());
    }

    @Test
    void two_runs_started_at_the_same_instant_are_two_live_runs() {
        InMemoryHistory h = new InMemoryHistory().record("a", Action.RUN, t(0), "r1").record("a", Action.RUN, t(0), "r2");
        assertEquals(2, h.of("a").liveRuns());
        h.record("a", Action.SUCCESS, t(1), "r1");
        assertEquals(1, h.of("a").liveRuns());
        assertEquals(t(0), h.of("a").oldestLiveStart());
    }

    @Test
    void a_crash_closes_the_run() {
        InMemoryHistory h = new InMemoryHistory().record("a", Action.RUN, t(0)).record("a", Action.CRASH, t(1));
        assertEquals(0, h.of("a").liveRuns());
        assertEquals(t(1), h.of("a").latest(Action.CRASH));
    }

    @ParameterizedTest(name = "[{index}] {0} gives {1} failures in a row")
    @CsvSource(delimiter = ';', textBlock = """
            # finishes, oldest first                    ; failures in a row
            fail                                        ; 1
            fail fail fail                              ; 3
            fail success                                ; 0
            success fail                                ; 1
            fail fail terminate fail                    ; 1
            fail inaction                               ; 0
            fail fail crash                             ; 2
            crash                                       ; 0
            run fail run                                ; 1
            success                                     ; 0
            """)
    void failures_in_a_row_count_fails_since_the_last_other_finish(String actions, int expected) {
        InMemoryHistory h = new InMemoryHistory();
        int minute = 0;
        for (String word : actions.split(" ")) {
            h.record("a", Action.fromCode(word), t(minute++));
        }
        assertEquals(expected, h.of("a").failuresInARow());
    }

    @Test
    void a_view_follows_later_records() {
        InMemoryHistory h = new InMemoryHistory().record("a", Action.RUN, t(0));
        TaskHistory view = h.of("a");
        h.record("a", Action.SUCCESS, t(1));
        assertEquals(t(1), view.latest(Action.SUCCESS));
        assertEquals(0, view.liveRuns());
    }

    @Test
    void record_rejects_missing_values() {
        InMemoryHistory h = new InMemoryHistory();
        assertThrows(NullPointerException.class, () -> h.record(null, Action.RUN, T0));
        assertThrows(NullPointerException.class, () -> h.record("a", null, T0));
        assertThrows(NullPointerException.class, () -> h.record("a", Action.RUN, null));
    }

    @ParameterizedTest(name = "[{index}] {0}: latest success before minute {1} is {2}")
    @CsvSource(delimiter = ';', textBlock = """
            # history ; end (minute) ; latest success before it (none if blank)
            exact     ; 65           ; 60
            exact     ; 25           ; 20
            exact     ; 10           ;
            bounded 3 ; 65           ; 60
            bounded 3 ; 45           ; 40
            bounded 3 ; 35           ; 30
            bounded 3 ; 25           ;
            bounded 6 ; 25           ; 20
            """)
    void a_bounded_history_answers_latest_before_exactly_within_its_depth_and_then_from_the_latest_dropped(
            String history, int end, Integer expected) {
        InMemoryHistory h = history.equals("exact") ? new InMemoryHistory()
                : InMemoryHistory.bounded(Integer.parseInt(history.substring("bounded ".length())));
        for (int minute = 10; minute <= 60; minute += 10) {
            h.record("a", Action.SUCCESS, t(minute));
        }
        assertEquals(t(60), h.of("a").latest(Action.SUCCESS));
        assertEquals(expected == null ? null : t(expected), h.of("a").latestBefore(Action.SUCCESS, t(end)));
    }

    @Test
    void a_bounded_history_keeps_live_runs_and_failure_streaks_exact() {
        InMemoryHistory h = InMemoryHistory.bounded(1);
        for (int i = 0; i < 5; i++) {
            h.record("a", Action.RUN, t(i), "r" + i);
        }
        for (int i = 0; i < 4; i++) {
            h.record("a", Action.FAIL, t(10 + i), "r" + i);
        }
        TaskHistory a = h.of("a");
        assertEquals(1, a.liveRuns());
        assertEquals(t(4), a.oldestLiveStart());
        assertEquals(4, a.failuresInARow());
        assertEquals(t(13), a.latest(Action.FAIL));
    }

    @Test
    void a_depth_below_one_is_refused() {
        assertEquals("depth must be 1 or more, was 0",
                assertThrows(IllegalArgumentException.class, () -> InMemoryHistory.bounded(0)).getMessage());
    }

    @Test
    void open_runs_are_the_runs_started_and_not_finished_in_the_order_they_started() {
        InMemoryHistory h = new InMemoryHistory()
                .record("a", Action.RUN, t(0), "r1").record("a", Action.RUN, t(1))
                .record("a", Action.RUN, t(2), "r2").record("a", Action.RUN, t(3))
                .record("a", Action.SUCCESS, t(4), "r2");
        assertEquals(List.of(new InMemoryHistory.OpenRun("r1", t(0)), new InMemoryHistory.OpenRun(null, t(1)),
                new InMemoryHistory.OpenRun(null, t(3))), h.openRuns("a"));
        assertEquals(List.of(), h.openRuns("nobody"));
        assertThrows(UnsupportedOperationException.class, () -> h.openRuns("a").clear());
    }

    @Test
    void an_open_run_needs_a_start() {
        assertThrows(NullPointerException.class, () -> new InMemoryHistory.OpenRun("r1", null));
        assertNull(new InMemoryHistory.OpenRun(null, T0).runId());
    }

    @Test
    void tasks_are_listed_in_the_order_of_their_first_records() {
        InMemoryHistory h = new InMemoryHistory().record("b", Action.RUN, t(0)).record("a", Action.RUN, t(1))
                .record("b", Action.SUCCESS, t(2));
        assertEquals(List.of("b", "a"), List.copyOf(h.tasks()));
        assertThrows(UnsupportedOperationException.class, () -> h.tasks().add("c"));
    }

    @Test
    void a_record_older_than_the_newest_of_its_action_is_put_in_its_place() {
        InMemoryHistory h = new InMemoryHistory().record("a", Action.SUCCESS, t(30)).record("a", Action.SUCCESS, t(10))
                .record("a", Action.SUCCESS, t(20));
        assertEquals(t(30), h.of("a").latest(Action.SUCCESS));
        assertEquals(t(20), h.of("a").latestBefore(Action.SUCCESS, t(30)));
        assertEquals(t(10), h.of("a").latestBefore(Action.SUCCESS, t(20)));
    }
}
