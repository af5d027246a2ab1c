package dev.kairos.internal.loop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kairos.condition.Action;
import dev.kairos.condition.TaskHistory;
import dev.kairos.log.LogRecord;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatusCacheTest {
    private static final Instant T = Instant.parse("2024-06-01T00:00:00Z");

    private static Instant t(int seconds) {
        return T.plusSeconds(seconds);
    }

    @Test
    void keeps_the_latest_instant_of_each_action() {
        StatusCache cache = new StatusCache();
        cache.add(LogRecord.started("a", "1", t(0)));
        cache.add(LogRecord.finished("a", "1", Action.SUCCESS, t(0), t(5), "", null));
        TaskHistory h = cache.history("a");
        assertEquals(t(0), h.latest(Action.RUN));
        assertEquals(t(5), h.latest(Action.SUCCESS));
        assertNull(h.latest(Action.FAIL));
        assertEquals(0, h.liveRuns());
    }

    @Test
    void an_unknown_task_has_an_empty_history() {
        assertEquals(TaskHistory.empty(), new StatusCache().history("nobody"));
    }

    @Test
    void tracks_live_runs_by_run_id_with_oldest_and_newest_start() {
        StatusCache cache = new StatusCache();
        cache.add(LogRecord.started("a", "1", t(0)));
        cache.add(LogRecord.started("a", "2", t(10)));
        TaskHistory h = cache.history("a");
        assertEquals(2, h.liveRuns());
        assertEquals(t(0), h.oldestLiveStart());
        assertEquals(t(10), h.newestLiveStart());
        cache.add(LogRecord.finished("a", "1", Action.SUCCESS, t(0), t(20), "", null));
        assertEquals(1, h.liveRuns());
        assertEquals(t(10), h.oldestLiveStart());
    }

    @Test
    void counts_failures_in_a_row_until_another_finish() {
        StatusCache cache = new StatusCache();
        for (int i = 0; i < 3; i++) {
            cache.add(LogRecord.finished("a", null, Action.FAIL, null, t(i), "", null));
        }
        assertEquals(3, cache.history("a").failuresInARow());
        cache.add(LogRecord.finished("a", null, Action.INACTION, null, t(9), "", null));
        assertEquals(0, cache.history("a").failuresInARow());
    }

    @Test
    void latest_before_is_exact_within_the_depth_and_uses_the_latest_dropped_instant_beyond() {
        StatusCache cache = new StatusCache(3);
        for (int i = 1; i <= 6; i++) {
            cache.add(LogRecord.finished("a", null, Action.SUCCESS, null, t(i * 10), "", null));
        }
        TaskHistory h = cache.history("a");
        assertEquals(t(50), h.latestBefore(Action.SUCCESS, t(55)));
        assertEquals(t(40), h.latestBefore(Action.SUCCESS, t(50)));
        assertEquals(t(30), h.latestBefore(Action.SUCCESS, t(35)), "30 is the latest dropped one");
        assertNull(h.latestBefore(Action.SUCCESS, t(25)), "20 was dropped and is not the latest dropped: the limit");
    }

    @Test
    void out_of_order_records_are_kept_sorted() {
        StatusCache cache = new StatusCache(4);
        for (int s : new int[] {10, 30, 20}) {
            cache.add(LogRecord.finished("a", null, Action.SUCCESS, null, t(s), "", null));
        }
        assertEquals(t(30), cache.history("a").latest(Action.SUCCESS));
        assertEquals(t(20), cache.history("a").latestBefore(Action.SUCCESS, t(30)));
    }

    @Test
    void open_runs_become_crash_records() {
        StatusCache cache = new StatusCache();
        cache.add(LogRecord.started("a", "1", t(0)));
        cache.add(LogRecord.started("b", "2", t(0)));
        cache.add(LogRecord.finished("b", "2", Action.SUCCESS, t(0), t(1), "", null));
        List<LogRecord> crashes = cache.crashesOfOpenRuns(t(100));
        assertEquals(1, crashes.size());
        assertEquals("a", crashes.get(0).task());
        assertEquals("1", crashes.get(0).runId());
        assertEquals(Action.CRASH, crashes.get(0).action());
    }

    @Test
    void every_open_run_becomes_a_crash_record_also_without_a_run_id() {
        StatusCache cache = new StatusCache();
        cache.add(LogRecord.started("a", null, t(0)));
        cache.add(LogRecord.started("a", null, t(5)));
        cache.add(LogRecord.started("b", "7", t(6)));
        List<LogRecord> crashes = cache.crashesOfOpenRuns(t(100));
        assertEquals(List.of(t(0), t(5), t(6)), crashes.stream().map(LogRecord::start).toList());
        assertEquals(List.of("a", "a", "b"), crashes.stream().map(LogRecord::task).toList());
        crashes.forEach(cache::add);
        assertEquals(0, cache.history("a").liveRuns());
        assertEquals(0, cache.history("b").liveRuns());
        assertEquals(List.of(), cache.crashesOfOpenRuns(t(200)));
    }

    @Test
    void a_depth_below_one_is_refused() {
        assertEquals("depth must be 1 or more, was 0",
                assertThrows(IllegalArgumentException.class, () -> new StatusCache(0)).getMessage());
    }
}
