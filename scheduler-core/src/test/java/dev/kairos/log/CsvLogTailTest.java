package dev.kairos.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kairos.condition.Action;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CSV log followed ({@code TaskLog.csv(file).follow(zone)}), driven by polls, never by waiting. */
class CsvLogTailTest {
    private static final String HEADER = "created,task,action,run_id,start,end,runtime,message,exception\n";
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @TempDir
    Path dir;
    Path log;
    LogTail tail;

    @BeforeEach
    void follow() {
        log = dir.resolve("tasks.csv");
        tail = TaskLog.csv(log).follow(PARIS);
    }

    @AfterEach
    void close() throws IOException {
        tail.close();
    }

    static String record(String time, String task, String action, String message) {
        return "2024-05-01T" + time + "Z," + task + "," + action + ",1,,,," + message + ",\n";
    }

    void append(Path file, String text) throws IOException {
        append(file, text.getBytes(StandardCharsets.UTF_8));
    }

    void append(Path file, byte[] bytes) throws IOException {
        Files.write(file, bytes, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    List<String> tasks(LogTail.Batch batch) {
        return batch.records().stream().map(LogRecord::task).toList();
    }

    @Test
    void the_first_poll_returns_every_record_and_each_later_one_only_those_appended() throws IOException {
        append(log, HEADER + record("08:00:00", "a", "run", "") + record("08:00:01", "b", "run", ""));
        assertEquals(List.of("a", "b"), tasks(tail.poll()));
        assertEquals(List.of(), tasks(tail.poll()));
        append(log, record("08:00:02", "c", "success", "done"));
        LogTail.Batch batch = tail.poll();
        assertEquals(List.of("c"), tasks(batch));
        assertEquals(Action.SUCCESS, batch.records().get(0).action());
        assertEquals(List.of(), batch.problems());
    }

    @Test
    void a_line_being_written_is_returned_once_and_only_when_its_line_end_is_written() throws IOException {
        append(log, HEADER);
        byte[] line = record("08:00:00", "a", "fail", "\"café\nstill going\"").getBytes(StandardCharsets.UTF_8);
        int inCafe = new String(line, StandardCharsets.UTF_8).indexOf('é') + 1; // between the two bytes of é
        for (int[] cut : new int[][] {{0, 20}, {20, inCafe}, {inCafe, line.length - 1}}) {
            append(log, Arrays.copyOfRange(line, cut[0], cut[1]));
            LogTail.Batch batch = tail.poll();
            assertEquals(List.of(), batch.records(), "cut at " + cut[1]);
            assertEquals(List.of(), batch.problems());
        }
        append(log, Arrays.copyOfRange(line, line.length - 1, line.length));
        List<LogRecord> records = tail.poll().records();
        assertEquals(1, records.size());
        assertEquals("café\nstill going", records.get(0).message());
        assertEquals(List.of(), tail.poll().records());
    }

    @Test
    void a_missing_log_reads_as_empty_until_it_is_created() throws IOException {
        assertEquals(new LogTail.Batch(List.of(), List.of()), tail.poll());
        append(log, HEADER + record("08:00:00", "a", "run", ""));
        assertEquals(List.of("a"), tasks(tail.poll()));
    }

    @Test
    void after_a_rotation_the_rest_of_the_old_file_is_read_then_the_new_one_from_its_start() throws IOException {
        append(log, HEADER + record("08:00:00", "a", "run", ""));
        tail.poll();
        Path old = dir.resolve("tasks.csv.1");
        Files.move(log, old);
        append(old, record("08:00:01", "late", "success", "")); // the writer still had the old file
        assertEquals(List.of("late"), tasks(tail.poll()), "no file at the path yet: the old one is read");
        append(old, record("08:00:02", "later", "success", ""));
        append(log, HEADER + "2024-05-01T10:01:00,b,run,2,,,,,\n"); // local time: read in the zone given
        LogTail.Batch batch = tail.poll();
        assertEquals(List.of("later", "b"), tasks(batch));
        assertEquals(Instant.parse("2024-05-01T08:01:00Z"), batch.records().get(1).created());
        append(log, "yesterday,c,run,3,,,,,\n");
        assertEquals(List.of(3L), tail.poll().problems().stream().map(LogProblem::line).toList(),
                "lines of the new file are numbered from 1");
    }

    @Test
    void a_truncated_log_is_read_again_from_its_start() throws IOException {
        append(log, HEADER + record("08:00:00", "a", "run", "") + record("08:00:01", "a", "success", ""));
        tail.poll();
        Files.writeString(log, HEADER + record("09:00:00", "b", "run", ""), StandardOpenOption.TRUNCATE_EXISTING);
        assertEquals(List.of("b"), tasks(tail.poll()));
    }

    @Test
    void copytruncate_to_empty_then_new_records_are_read() throws IOException {
        append(log, HEADER + record("08:00:00", "a", "run", ""));
        tail.poll();
        Files.copy(log, dir.resolve("tasks.csv.1"));
        Files.write(log, new byte[0], StandardOpenOption.TRUNCATE_EXISTING);
        assertEquals(List.of(), tasks(tail.poll()));
        append(log, HEADER + record("08:00:05", "b", "run", ""));
        assertEquals(List.of("b"), tasks(tail.poll()));
    }

    @Test
    void a_deleted_log_is_still_read_while_written_until_a_file_is_at_the_path_again() throws IOException {
        append(log, HEADER);
        try (OutputStream writer = Files.newOutputStream(log, StandardOpenOption.APPEND)) {
            tail.poll();
            Files.delete(log);
            writer.write(record("08:00:00", "a", "run", "").getBytes(StandardCharsets.UTF_8));
            writer.flush();
            assertEquals(List.of("a"), tasks(tail.poll()));
            append(log, HEADER + record("08:00:01", "b", "run", ""));
            writer.write(record("08:00:02", "lost", "run", "").getBytes(StandardCharsets.UTF_8));
            writer.flush();
            assertEquals(List.of("lost", "b"), tasks(tail.poll()), "the old file is read to its end once more");
            writer.write(record("08:00:03", "gone", "run", "").getBytes(StandardCharsets.UTF_8));
            writer.flush();
            assertEquals(List.of(), tasks(tail.poll()), "after the switch the old file is not read");
        }
    }

    @Test
    void a_line_the_file_lost_before_its_line_end_is_a_truncated_problem() throws IOException {
        append(log, HEADER + record("08:00:00", "a", "run", "") + "2024-05-01T08:00:01Z,a,succ");
        assertEquals(List.of("a"), tasks(tail.poll()));
        Files.move(log, dir.resolve("tasks.csv.1"));
        append(log, HEADER);
        List<LogProblem> problems = tail.poll().problems();
        assertEquals(1, problems.size());
        assertEquals(3, problems.get(0).line());
        assertTrue(problems.get(0).truncated());
        assertTrue(problems.get(0).message().contains("2024-05-01T08:00:01Z,a,succ"), problems.get(0).message());
    }

    @Test
    void a_corrupt_record_is_a_problem_naming_its_line_and_field_and_reading_goes_on() throws IOException {
        append(log, HEADER + record("08:00:00", "a", "explode", "") + record("08:00:01", "b", "run", ""));
        LogTail.Batch batch = tail.poll();
        assertEquals(List.of("b"), tasks(batch));
        assertEquals(1, batch.problems().size());
        assertEquals(2, batch.problems().get(0).line());
        assertTrue(batch.problems().get(0).message().contains("'action'"), batch.problems().get(0).message());
        assertFalse(batch.problems().get(0).truncated());
    }

    @Test
    void a_file_without_a_task_log_header_is_reported_at_line_1_and_each_line_after_it() throws IOException {
        append(log, record("08:00:00", "a", "run", "") + record("08:00:01", "b", "run", ""));
        LogTail.Batch batch = tail.poll();
        assertEquals(List.of(), batch.records());
        assertEquals(List.of(1L, 2L), batch.problems().stream().map(LogProblem::line).toList());
        assertTrue(batch.problems().get(0).message().contains("header"), batch.problems().get(0).message());
        append(log, record("08:00:02", "c", "run", ""));
        assertEquals(List.of(3L), tail.poll().problems().stream().map(LogProblem::line).toList());
    }

    @Test
    void follows_what_a_session_s_log_appends_in_the_same_jvm() throws IOException {
        Instant t = Instant.parse("2024-05-01T08:00:00Z");
        try (TaskLog writer = TaskLog.csv(log)) {
            writer.replay(PARIS, r -> { });
            writer.append(LogRecord.started("fetch", "1", t));
            assertEquals(List.of(LogRecord.started("fetch", "1", t)), tail.poll().records());
            LogRecord done = LogRecord.finished("fetch", "1", Action.FAIL, t, t.plusSeconds(2), "a, \"b\"\nc", "E");
            writer.append(done);
            assertEquals(List.of(done), tail.poll().records());
        }
    }

    @Test
    void a_closed_tail_cannot_be_polled() throws IOException {
        append(log, HEADER);
        tail.poll();
        tail.close();
        assertThrows(IllegalStateException.class, tail::poll);
    }
}
