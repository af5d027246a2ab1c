package dev.kairos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kairos.log.LogProblem;
import dev.kairos.log.LogRecord;
import dev.kairos.log.TaskLog;
import dev.kairos.task.Execution;
import dev.kairos.task.TaskDefinition;
import dev.kairos.testing.ManualClock;
import dev.kairos.testing.SessionHarness;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What happens to a CSV task log's file while a session writes it, and a log that cannot be written
 * at all: real files, a session on a manual clock.
 */
class TaskLogFaultsTest {
    private static final Instant T0 = Instant.parse("2024-06-03T08:00:00Z");
    @TempDir
    Path dir;

    /** A session with 'tick' every minute and 'daily' once a day, both over the log at {@code log}. */
    private static SessionHarness session(TaskLog log) {
        return SessionHarness.start(Session.builder().clock(ManualClock.at(T0)).zone(ZoneOffset.UTC).taskLog(log)
                .task(TaskDefinition.builder("tick").start("every 1 minute").body(ctx -> null).build())
                .task(TaskDefinition.builder("daily").start("daily").body(ctx -> null).build()));
    }

    private static List<LogRecord> read(Path file) throws IOException {
        List<LogRecord> records = new ArrayList<>();
        try (TaskLog log = TaskLog.csv(file)) {
            List<LogProblem> problems = log.replay(ZoneOffset.UTC, records::add);
            assertEquals(List.of(), problems, file.toString());
        }
        return records;
    }

    private static List<String> tasks(List<LogRecord> records) {
        return records.stream().map(r -> r.task() + ":" + r.action().code() + ":" + r.runId()).toList();
    }

    @Test
    void a_log_deleted_while_running_is_begun_again_at_its_path_and_the_history_is_kept() throws IOException {
        Path file = dir.resolve("tasks.csv");
        try (SessionHarness h = session(TaskLog.csv(file))) {
            h.settle();
            Files.delete(file);
            h.stepAt(T0.plusSeconds(2)); // nothing to write: the file is checked all the same
            assertTrue(Files.exists(file), "a new file at the path within the check interval");
            h.stepAt(T0.plusSeconds(60)).settle();
        }
        assertEquals(List.of("tick:run:3", "tick:success:3"), tasks(read(file)),
                "a header, then the runs after the deletion; 'daily' is not run again: its run is in memory");
    }

    @Test
    void an_idle_log_is_checked_less_and_less_often_and_at_least_every_30_seconds() throws IOException {
        Path file = dir.resolve("tasks.csv");
        try (SessionHarness h = SessionHarness.start(Session.builder().clock(ManualClock.at(T0))
                .zone(ZoneOffset.UTC).taskLog(TaskLog.csv(file))
                .task(TaskDefinition.builder("daily").start("daily").body(ctx -> null).build()))) {
            h.settle(); // 'daily' runs at T0: the last write
            Instant last = T0;
            for (long wait : new long[] {2, 4, 8, 16, 30, 30}) {
                Files.delete(file);
                h.stepAt(last.plusSeconds(wait).minusMillis(1));
                assertFalse(Files.exists(file), "checked before " + wait + " s had passed since " + last);
                h.stepAt(last.plusSeconds(wait));
                assertTrue(Files.exists(file), "not checked " + wait + " s after " + last);
                last = last.plusSeconds(wait);
            }
        }
    }

    @Test
    void a_log_moved_away_keeps_what_was_written_and_the_path_gets_what_follows() throws IOException {
        Path file = dir.resolve("tasks.csv");
        Path rotated = dir.resolve("tasks.csv.1");
        try (SessionHarness h = session(TaskLog.csv(file))) {
            h.settle();
            Files.move(file, rotated);
            h.stepAt(T0.plusSeconds(60)).settle();
        }
        assertEquals(4, read(rotated).size());
        assertEquals(List.of("tick:run:3", "tick:success:3"), tasks(read(file)));
    }

    @Test
    void a_log_truncated_in_place_gets_its_header_again() throws IOException {
        Path file = dir.resolve("tasks.csv");
        try (SessionHarness h = session(TaskLog.csv(file))) {
            h.settle();
            try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
                raf.setLength(0); // as logrotate's copytruncate does
            }
            h.stepAt(T0.plusSeconds(60)).settle();
        }
        assertEquals(List.of("tick:run:3", "tick:success:3"), tasks(read(file)), "readable: the header is back");
    }

    @Test
    void a_batch_written_while_the_file_is_moved_reaches_the_new_file() throws IOException {
        Path file = dir.resolve("tasks.csv");
        TaskLog log = TaskLog.csv(file);
        log.replay(ZoneOffset.UTC, r -> { });
        log.append(LogRecord.started("a", "1", T0));
        Files.move(file, dir.resolve("old.csv"));
        log.append(LogRecord.started("b", "2", T0)); // checked before: goes to a new file
        log.close();
        assertEquals(List.of("b:run:2"), tasks(read(file)));
        assertEquals(List.of("a:run:1"), tasks(read(dir.resolve("old.csv"))));
    }

    @Test
    void a_log_that_cannot_be_written_refuses_the_start_in_one_sentence() throws IOException {
        Path regular = Files.writeString(dir.resolve("plain"), "x");
        for (Path bad : List.of(regular.resolve("tasks.csv"), Path.of("/dev/full"), Path.of("/sys/kairos-tasks.csv"))) {
            SessionFailedException e = assertThrows(SessionFailedException.class, () -> session(TaskLog.csv(bad)).close(),
                    bad.toString());
            assertTrue(e.getMessage().startsWith("cannot write the task log " + bad + ": "), e.getMessage());
            assertTrue(!e.getMessage().contains("\n") && !e.getMessage().contains("Exception"), e.getMessage());
        }
    }

    @Test
    void a_run_that_finishes_while_the_log_cannot_be_written_has_its_finish_written_when_it_can() throws Exception {
        Path file = dir.resolve("tasks.csv");
        CountDownLatch release = new CountDownLatch(1);
        try (SessionHarness h = SessionHarness.start(Session.builder().clock(ManualClock.at(T0)).zone(ZoneOffset.UTC)
                .taskLog(file).task(TaskDefinition.builder("work").start("every 1 hour").execution(Execution.THREAD)
                        .body(ctx -> {
                            release.await();
                            return "done";
                        }).build()))) {
            h.step();                                    // run 1 starts, its record written
            Files.delete(file);
            Files.createDirectory(file);                 // the path cannot be a file now
            release.countDown();
            h.settle();                                  // run 1 returned: its finish cannot be written
            assertTrue(h.session().view().taskLogFailing());
            Files.delete(file);
            h.stepAt(T0.plusSeconds(3));                 // the path is free again
            assertFalse(h.session().view().taskLogFailing());
        }
        assertEquals(List.of("work:success:1"), tasks(read(file)),
                "the finish, kept while the file could not be written");
    }

    @Test
    void a_synced_log_writes_as_a_flushed_one_does() throws IOException {
        Path file = dir.resolve("tasks.csv");
        try (SessionHarness h = session(TaskLog.csv(file, TaskLog.Durability.SYNCED))) {
            h.settle();
        }
        List<String> written = tasks(read(file));
        assertEquals(List.of("tick:run:1", "daily:run:2"), written.subList(0, 2), written.toString());
        // The two runs end on two pool threads: their finishes come in either order.
        assertEquals(java.util.Set.of("tick:success:1", "daily:success:2"), java.util.Set.copyOf(written.subList(2, 4)),
                written.toString());
        assertEquals(4, written.size(), written.toString());
    }
}
