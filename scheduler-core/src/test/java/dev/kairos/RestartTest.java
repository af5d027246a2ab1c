package dev.kairos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kairos.condition.Action;
import dev.kairos.log.LogProblem;
import dev.kairos.log.LogRecord;
import dev.kairos.log.TaskLog;
import dev.kairos.task.TaskDefinition;
import dev.kairos.testing.ManualClock;
import dev.kairos.testing.SessionHarness;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RestartTest {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    @TempDir
    Path dir;
    private final AtomicInteger runs = new AtomicInteger();

    private SessionHarness session(Path log, String now) {
        return SessionHarness.start(Session.builder().clock(ManualClock.at(now)).zone(PARIS).taskLog(log)
                .task(TaskDefinition.builder("report").start("daily after 08:00").body(ctx -> runs.incrementAndGet())
                        .build()));
    }

    private static List<LogRecord> read(Path file) throws IOException {
        List<LogRecord> records = new ArrayList<>();
        try (TaskLog log = TaskLog.csv(file)) {
            List<LogProblem> problems = log.replay(PARIS, records::add);
            assertEquals(List.of(), problems);
        }
        return records;
    }

    @Test
    void a_restarted_session_does_not_run_again_inside_a_period_already_done() throws IOException {
        Path log = dir.resolve("log.csv");
        try (SessionHarness first = session(log, "2024-06-03T09:00:00+02:00")) {
            first.settle();
        }
        assertEquals(1, runs.get());
        try (SessionHarness second = session(log, "2024-06-03T15:00:00+02:00")) {
            second.runUntil(Instant.parse("2024-06-03T21:00:00Z"));
            assertEquals(1, runs.get(), "today's run is in the log");
            second.runUntil(Instant.parse("2024-06-04T07:00:00Z"));
            assertEquals(2, runs.get(), "tomorrow is a new period");
        }
        List<LogRecord> records = read(log);
        assertEquals(4, records.size());
        assertEquals(List.of("1", "1", "2", "2"), records.stream().map(LogRecord::runId).toList(),
                "run ids go on from the log's");
    }

    @Test
    void a_restart_from_the_checkpoint_the_last_session_left_sees_what_reading_every_record_sees() throws IOException {
        Path log = dir.resolve("log.csv");
        Path checkpoint = dir.resolve("log.csv.checkpoint");
        try (SessionHarness first = session(log, "2024-06-03T09:00:00+02:00")) {
            first.settle();
        }
        assertTrue(Files.size(checkpoint) > 0, "a session that stops keeps its cache beside the log");
        byte[] kept = Files.readAllBytes(checkpoint);
        for (boolean damaged : new boolean[] {false, true}) {
            Files.write(checkpoint, damaged ? java.util.Arrays.copyOf(kept, kept.length - 1) : kept);
            Files.deleteIfExists(dir.resolve("log.csv.ids")); // the run ids come from the checkpoint, or the records
            runs.set(0);
            Path copy = dir.resolve("copy-" + damaged + ".csv");
            Files.copy(log, copy);
            try (SessionHarness second = session(log, "2024-06-03T15:00:00+02:00")) {
                second.runUntil(Instant.parse("2024-06-03T21:00:00Z"));
                assertEquals(0, runs.get(), "today's run is in the log" + (damaged ? " (a damaged checkpoint)" : ""));
                second.runUntil(Instant.parse("2024-06-04T07:00:00Z"));
                assertEquals(1, runs.get());
            }
            assertEquals("2", read(log).get(2).runId(), "run ids go on from the log's");
            Files.move(copy, log, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Test
    void a_run_that_never_finished_gets_a_crash_record_at_start() throws IOException {
        Path log = dir.resolve("log.csv");
        Files.writeString(log, "created,task,action,run_id,start,end,runtime,message,exception\n"
                + "2024-06-03T08:00:00+02:00,report,run,41,2024-06-03T08:00:00+02:00,,,,\n");
        try (SessionHarness h = session(log, "2024-06-03T09:00:00+02:00")) {
            assertEquals(List.of("crash"), h.actions("report"));
            h.settle();
            // a crash is not a finish: the daily period is not done, so the task runs again
            assertEquals(List.of("crash", "run", "success"), h.actions("report"));
        }
        List<LogRecord> records = read(log);
        assertEquals(Action.CRASH, records.get(1).action());
        assertEquals("41", records.get(1).runId());
        assertEquals("42", records.get(2).runId());
    }

    @Test
    void a_truncated_last_line_is_tolerated_and_moved_aside_before_the_session_appends() throws IOException {
        Path log = dir.resolve("log.csv");
        Files.writeString(log, "created,task,action,run_id,start,end,runtime,message,exception\n"
                + "2024-06-03T08:00:00+02:00,report,run,1,2024-06-03T08:00:00+02:00,,,,\n"
                + "2024-06-03T08:00:01+02:00,report,succ");
        try (SessionHarness h = session(log, "2024-06-03T09:00:00+02:00")) {
            assertEquals(List.of("crash"), h.actions("report"), "the success was lost with the power");
            h.settle();
        }
        List<String> lines = Files.readAllLines(log);
        assertTrue(lines.get(2).contains(",report,crash,1,"), lines.get(2));
        assertEquals(List.of("2024-06-03T08:00:01+02:00,report,succ"), Files.readAllLines(dir.resolve("log.csv.cut")),
                "the cut record is moved aside before anything is written after it");
    }

    @Test
    void a_record_cut_inside_a_quoted_field_costs_only_itself_restart_after_restart() throws IOException {
        Path log = dir.resolve("log.csv");
        Files.writeString(log, "created,task,action,run_id,start,end,runtime,message,exception\n"
                + "2024-06-03T08:00:00+02:00,report,run,1,2024-06-03T08:00:00+02:00,,,,\n"
                + "2024-06-03T08:00:05+02:00,report,fail,1,2024-06-03T08:00:00+02:00,2024-06-03T08:00:05+02:00,PT5S,"
                + "\"it broke\nat line two\n"); // the power went while the message was written
        try (SessionHarness first = session(log, "2024-06-03T09:00:00+02:00")) {
            first.settle();
            assertEquals(List.of("crash", "run", "success"), first.actions("report"));
        }
        for (String day : List.of("2024-06-04T09:00:00+02:00", "2024-06-05T09:00:00+02:00")) {
            try (SessionHarness next = session(log, day)) {
                next.settle();
                assertEquals(List.of("run", "success"), next.actions("report"), day);
            }
        }
        List<LogRecord> records = read(log); // no problem left in the log
        assertEquals(List.of("1", "1", "2", "2", "3", "3", "4", "4"),
                records.stream().map(LogRecord::runId).toList(), "one crash for run 1, no id used twice");
        assertEquals(3, runs.get());
        assertTrue(Files.readString(dir.resolve("log.csv.cut")).contains("\"it broke\nat line two\n"));
    }

    @Test
    void run_ids_are_never_used_twice_when_the_log_is_rotated_truncated_or_restored() throws IOException {
        Path log = dir.resolve("log.csv");
        try (SessionHarness first = session(log, "2024-06-03T09:00:00+02:00")) {
            first.settle();
        }
        Path backup = dir.resolve("backup.csv");
        Files.copy(log, backup);
        try (SessionHarness second = session(log, "2024-06-04T09:00:00+02:00")) {
            second.settle();
        }
        Files.move(log, dir.resolve("log.csv.1")); // rotated
        try (SessionHarness third = session(log, "2024-06-05T09:00:00+02:00")) {
            third.settle();
        }
        Files.write(log, new byte[0]); // truncated
        try (SessionHarness fourth = session(log, "2024-06-06T09:00:00+02:00")) {
            fourth.settle();
        }
        Files.copy(backup, log, java.nio.file.StandardCopyOption.REPLACE_EXISTING); // restored from the backup
        try (SessionHarness fifth = session(log, "2024-06-07T09:00:00+02:00")) {
            fifth.settle();
        }
        assertEquals(List.of("1", "1", "5", "5"), read(log).stream().map(LogRecord::runId).toList());
    }
}
