package dev.kairos.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kairos.condition.Action;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTaskLogTest {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Instant T = Instant.parse("2024-06-01T06:00:00Z");

    @TempDir
    Path dir;

    private List<LogRecord> read(Path file, List<LogProblem> problems) throws IOException {
        List<LogRecord> records = new ArrayList<>();
        try (TaskLog log = TaskLog.csv(file)) {
            problems.addAll(log.replay(PARIS, records::add));
        }
        return records;
    }

    @Test
    void writes_a_header_and_iso_timestamps_with_the_zone_offset() throws IOException {
        Path file = dir.resolve("sub/log.csv");
        try (TaskLog log = TaskLog.csv(file)) {
            log.replay(PARIS, r -> { });
            log.append(LogRecord.started("fetch", "1", T));
        }
        List<String> lines = Files.readAllLines(file);
        assertEquals("created,task,action,run_id,start,end,runtime,message,exception", lines.get(0));
        assertEquals("2024-06-01T08:00:00+02:00,fetch,run,1,2024-06-01T08:00:00+02:00,,,,", lines.get(1));
    }

    @Test
    void records_round_trip_with_commas_quotes_newlines_and_backslashes() throws IOException {
        Path file = dir.resolve("log.csv");
        LogRecord fail = LogRecord.finished("a,b", "7", Action.FAIL, T, T.plusMillis(1500),
                "said \"no\", then\nleft C:\\temp\\x", "java.lang.Exception: x\n\tat Foo.bar(Foo.java:1)");
        try (TaskLog log = TaskLog.csv(file)) {
            log.append(List.of(LogRecord.started("a,b", "7", T), fail));
        }
        List<LogProblem> problems = new ArrayList<>();
        List<LogRecord> back = read(file, problems);
        assertEquals(List.of(), problems);
        assertEquals(List.of(LogRecord.started("a,b", "7", T), fail), back);
        assertEquals(Duration.ofMillis(1500), back.get(1).runtime());
    }

    @Test
    void reads_by_column_name_with_extra_and_missing_optional_columns() throws IOException {
        Path file = dir.resolve("log.csv");
        Files.writeString(file, "host,action,task,created\nsrv1,success,fetch,2024-06-01T08:00:00+02:00\n");
        List<LogProblem> problems = new ArrayList<>();
        List<LogRecord> records = read(file, problems);
        assertEquals(List.of(), problems);
        assertEquals(1, records.size());
        assertEquals(Action.SUCCESS, records.get(0).action());
        assertEquals(T, records.get(0).created());
        assertNull(records.get(0).runId());
    }

    @Test
    void reads_offsets_z_and_local_times_in_the_session_zone() throws IOException {
        Path file = dir.resolve("log.csv");
        Files.writeString(file, "created,task,action\n2024-06-01T08:00:00+02:00,a,run\n2024-06-01T06:00:00Z,b,run\n"
                + "2024-06-01T08:00:00,c,run\n2024-06-01 08:00:00.000,d,run\n");
        List<LogRecord> records = read(file, new ArrayList<>());
        assertEquals(4, records.size());
        records.forEach(r -> assertEquals(T, r.created(), r.task()));
    }

    @Test
    void a_half_written_last_line_is_skipped_and_reported_not_fatal() throws IOException {
        Path file = dir.resolve("log.csv");
        Files.writeString(file, "created,task,action,run_id\n2024-06-01T08:00:00+02:00,a,run,1\n"
                + "2024-06-01T08:00:01+02:00,a,succ");
        List<LogProblem> problems = new ArrayList<>();
        List<LogRecord> records = read(file, problems);
        assertEquals(1, records.size());
        assertEquals(1, problems.size());
        assertEquals(3, problems.get(0).line());
        assertTrue(problems.get(0).truncated());
        assertTrue(problems.get(0).message().contains("half-written"), problems.get(0).message());
    }

    @Test
    void a_half_written_quoted_last_line_is_reported_as_truncated() throws IOException {
        Path file = dir.resolve("log.csv");
        Files.writeString(file, "created,task,action,message\n2024-06-01T08:00:00+02:00,a,run,\"multi\nline");
        List<LogProblem> problems = new ArrayList<>();
        assertEquals(List.of(), read(file, problems));
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).truncated());
    }

    @Test
    void appending_after_a_half_written_line_moves_it_aside_first() throws IOException {
        Path file = dir.resolve("log.csv");
        Files.writeString(file, "created,task,action,run_id\n2024-06-01T08:00:00+02:00,a,ru");
        try (TaskLog log = TaskLog.csv(file)) {
            log.replay(PARIS, r -> { });
            log.append(LogRecord.started("b", "2", T));
        }
        List<LogProblem> problems = new ArrayList<>();
        List<LogRecord> records = read(file, problems);
        assertEquals(List.of(LogRecord.started("b", "2", T).task()), records.stream().map(LogRecord::task).toList());
        assertEquals(List.of(), problems, "the broken line was moved aside");
        assertEquals(List.of("2024-06-01T08:00:00+02:00,a,ru"), Files.readAllLines(dir.resolve("log.csv.cut")));
    }

    @Test
    void binary_junk_costs_its_lines_and_says_they_are_not_utf8() throws IOException {
        Path file = dir.resolve("log.csv");
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        bytes.writeBytes("created,task,action,message\n2024-06-01T08:00:00+02:00,a,run,caf\u00e9\n".getBytes(
                java.nio.charset.StandardCharsets.UTF_8));
        bytes.writeBytes(new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, '\n'});
        bytes.writeBytes("2024-06-01T08:00:01+02:00,b,run,\ufffd is text\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Files.write(file, bytes.toByteArray());
        List<LogProblem> problems = new ArrayList<>();
        List<LogRecord> records = read(file, problems);
        assertEquals(List.of("caf\u00e9", "\ufffd is text"), records.stream().map(LogRecord::message).toList());
        assertEquals(1, problems.size());
        assertEquals(3, problems.get(0).line());
        assertTrue(problems.get(0).message().startsWith("line 3 is not UTF-8 text"), problems.get(0).message());
    }

    @Test
    void a_corrupt_line_mid_file_names_its_line_and_field_and_is_skipped() throws IOException {
        Path file = dir.resolve("log.csv");
        Files.writeString(file, "created,task,action\n2024-06-01T08:00:00+02:00,a,run\n"
                + "yesterday,a,success\n2024-06-01T08:00:00+02:00,a,explode\n2024-06-01T08:00:05+02:00,a,success\n");
        List<LogProblem> problems = new ArrayList<>();
        List<LogRecord> records = read(file, problems);
        assertEquals(2, records.size());
        assertEquals(2, problems.size());
        assertEquals(3, problems.get(0).line());
        assertTrue(problems.get(0).message().contains("'created'") && problems.get(0).message().contains("yesterday"),
                problems.get(0).message());
        assertEquals(4, problems.get(1).line());
        assertTrue(problems.get(1).message().contains("explode"), problems.get(1).message());
    }

    @Test
    void appends_in_the_column_order_of_an_existing_header() throws IOException {
        Path file = dir.resolve("log.csv");
        Files.writeString(file, "task,created,action\n");
        try (TaskLog log = TaskLog.csv(file)) {
            log.replay(PARIS, r -> { });
            log.append(LogRecord.started("x", "1", T));
        }
        assertEquals("x,2024-06-01T08:00:00+02:00,run", Files.readAllLines(file).get(1));
    }

    @Test
    void a_header_without_a_required_column_is_refused_with_the_file_and_column() throws IOException {
        Path file = dir.resolve("log.csv");
        Files.writeString(file, "created,name,action\n", StandardCharsets.UTF_8);
        IOException e = assertThrows(IOException.class, () -> read(file, new ArrayList<>()));
        assertTrue(e.getMessage().contains("'task'"), e.getMessage());
    }

    @Test
    void a_missing_file_reads_as_empty() throws IOException {
        assertEquals(List.of(), read(dir.resolve("none.csv"), new ArrayList<>()));
    }

    @Test
    void a_failed_write_names_the_file_and_the_next_append_tries_again() throws IOException {
        Path full = Path.of("/dev/full"); // every write fails with "No space left on device"
        assumeTrue(Files.isWritable(full), "needs /dev/full (Linux)");
        try (TaskLog log = TaskLog.csv(full)) {
            log.replay(PARIS, r -> { });
            for (int attempt = 0; attempt < 2; attempt++) {
                IOException e = assertThrows(IOException.class,
                        () -> log.append(LogRecord.started("fetch", "1", T)));
                assertTrue(e.getMessage().startsWith("cannot write the task log /dev/full: "), e.getMessage());
            }
        }
    }
}
