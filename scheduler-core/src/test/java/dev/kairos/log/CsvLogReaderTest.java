package dev.kairos.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.CharBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvLogReaderTest {
    private static final ZoneId UTC = ZoneOffset.UTC;
    private static final Path FILE = Path.of("tasks.csv");

    @TempDir
    Path dir;

    private final List<LogRecord> records = new ArrayList<>();
    private final List<LogProblem> problems = new ArrayList<>();

    /** Reads {@code text} as replay does: to its end. */
    private void replay(String text) throws IOException {
        CsvLogReader reader = new CsvLogReader(FILE, UTC, false);
        StringReader in = new StringReader(text);
        while (reader.fill(in)) {
            reader.read(records::add, problems);
        }
        reader.end(records::add, problems);
    }

    /** Reads {@code text} as the follower does: what has a line end, no more. */
    private CsvLogReader follow(String text) throws IOException {
        CsvLogReader reader = new CsvLogReader(FILE, UTC, true);
        reader.add(CharBuffer.wrap(text));
        reader.read(records::add, problems);
        return reader;
    }

    @Test
    void text_after_a_closing_quote_is_reported_with_its_line_and_only_that_row_is_skipped() throws IOException {
        replay("created,task,action,message\n2024-05-01T08:00:00Z,a,run,\"no\"pe\n2024-05-01T08:00:01Z,b,run,\n");
        assertEquals(List.of("b"), records.stream().map(LogRecord::task).toList());
        assertEquals(1, problems.size());
        assertEquals(2, problems.get(0).line());
        assertTrue(problems.get(0).message().startsWith("not a CSV record"), problems.get(0).message());
    }

    @Test
    void a_quote_left_open_costs_only_its_record_the_next_record_is_found_again() throws IOException {
        replay("created,task,action,message\n2024-05-01T08:00:00Z,a,run,\"open\nsecond line\n"
                + "2024-05-01T08:00:01Z,b,run,\n2024-05-01T08:00:02Z,c,run,\"a \"\"quoted\"\" word\"\n");
        assertEquals(List.of("b", "c"), records.stream().map(LogRecord::task).toList());
        assertEquals("a \"quoted\" word", records.get(1).message());
        assertEquals(1, problems.size());
        assertEquals(2, problems.get(0).line());
        assertTrue(problems.get(0).message().startsWith("not a CSV record (a quoted field is not closed before the next"
                + " record"), problems.get(0).message());
        assertTrue(!problems.get(0).truncated());
    }

    @Test
    void a_quote_left_open_that_a_later_quote_closes_costs_only_its_record() throws IOException {
        replay("created,task,action,message\n2024-05-01T08:00:00Z,a,run,\"open\n"
                + "2024-05-01T08:00:01Z,b,run,\n2024-05-01T08:00:02Z,c,run,\"x, y\"\n2024-05-01T08:00:03Z,d,run,\n");
        assertEquals(List.of("b", "c", "d"), records.stream().map(LogRecord::task).toList());
        assertEquals("x, y", records.get(1).message());
        assertEquals(List.of(2L), problems.stream().map(LogProblem::line).toList());
    }

    @Test
    void a_quote_left_open_at_the_end_of_the_file_is_a_cut_record() throws IOException {
        replay("created,task,action,message\n2024-05-01T08:00:00Z,a,run,\n2024-05-01T08:00:01Z,b,fail,\"Trace\n\tat x\n");
        assertEquals(List.of("a"), records.stream().map(LogRecord::task).toList());
        assertEquals(List.of(3L), problems.stream().map(LogProblem::line).toList());
    }

    @Test
    void a_header_without_its_line_end_is_the_header_of_an_empty_log() throws IOException {
        CsvLogReader reader = new CsvLogReader(FILE, UTC, false);
        reader.fill(new StringReader("task,created,action"));
        reader.read(records::add, problems);
        reader.end(records::add, problems);
        assertEquals(List.of(), problems);
        assertEquals("task", reader.columns().header()[0]);
    }

    @Test
    void for_the_follower_a_header_without_task_is_a_problem_and_every_later_line_too() throws IOException {
        follow("created,name,action\n2024-05-01T08:00:00Z,a,run\n\n2024-05-01T08:00:01Z,b,run\nhalf");
        assertEquals(List.of(), records);
        assertEquals(List.of(1L, 2L, 4L), problems.stream().map(LogProblem::line).toList());
        assertTrue(problems.get(0).message().contains("'task'"), problems.get(0).message());
        assertTrue(problems.get(1).message().endsWith("2024-05-01T08:00:00Z,a,run"), problems.get(1).message());
    }

    @Test
    void for_replay_a_header_without_task_is_thrown() {
        IOException e = assertThrows(IOException.class, () -> replay("created,name,action\n"));
        assertTrue(e.getMessage().contains("'task'") && e.getMessage().contains("tasks.csv"), e.getMessage());
    }

    @Test
    void a_line_abandoned_before_its_line_end_is_reported_as_truncated() throws IOException {
        CsvLogReader reader = follow("created,task,action\n2024-05-01T08:00:00Z,a,run\n2024-05-01T08:00:01Z,a,succ");
        assertEquals(1, records.size());
        assertEquals(List.of(), problems, "a line not ended yet is not a problem");
        reader.abandon(problems);
        assertEquals(1, problems.size());
        assertEquals(3, problems.get(0).line());
        assertTrue(problems.get(0).truncated());
    }

    @Test
    void the_header_alone_is_read_from_the_first_line_of_a_file() throws IOException {
        Path file = dir.resolve("log.csv");
        Files.writeString(file, "\uFEFFtask,created,action\n" + "x".repeat(100_000) + "\n");
        assertEquals(List.of("task", "created", "action"), List.of(CsvLogReader.header(file).header()));
    }

    @Test
    void records_are_read_by_the_header_s_columns() throws IOException {
        follow("action,created,task\nsuccess,2024-05-01T08:00:00Z,fetch\n");
        assertEquals(List.of(), problems);
        assertEquals(Instant.parse("2024-05-01T08:00:00Z"), records.get(0).created());
        assertEquals("fetch", records.get(0).task());
    }
}
