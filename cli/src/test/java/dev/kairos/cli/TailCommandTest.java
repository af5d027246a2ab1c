package dev.kairos.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TailCommandTest {
    static final String HEADER = "created,task,action,run_id,start,end,runtime,message,exception\n";

    @TempDir
    Path dir;

    static String record(String time, String task, String action, int run, String message) {
        return "2024-05-01T" + time + "Z," + task + "," + action + "," + run + ",2024-05-01T" + time + "Z,,,"
                + message + ",\n";
    }

    void append(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    @Test
    void prints_aligned_columns_filtered_by_task_action_and_since() throws IOException {
        Path log = dir.resolve("tasks.csv");
        append(log, HEADER + record("08:00:00", "fetch", "run", 1, "") + record("08:00:01", "fetch", "fail", 1,
                "\"line one\nline two\"") + record("09:00:00", "load", "success", 2, "done"));
        Cli all = Cli.run("tail", log.toString(), "--zone", "UTC");
        assertEquals(0, all.code(), all.err());
        List<String> lines = all.out().lines().toList();
        assertEquals(4, lines.size(), all.out());
        assertEquals("2024-05-01 08:00:01  fetch                 fail           #1                line one …", lines.get(2));
        assertEquals(lines.get(0).indexOf("TASK"), lines.get(3).indexOf("load"));
        Cli fails = Cli.run("tail", log.toString(), "--zone", "UTC", "--action", "fail");
        assertEquals(2, fails.out().lines().count(), fails.out());
        Cli since = Cli.run("tail", log.toString(), "--zone", "UTC", "--since", "2024-05-01T08:30Z", "--task", "load");
        assertTrue(since.out().lines().skip(1).allMatch(l -> l.contains("load")), since.out());
        assertEquals(2, since.out().lines().count(), since.out());
    }

    @Test
    void bad_input_exits_3() {
        assertEquals(3, Cli.run("tail", dir.resolve("none.csv").toString()).code());
        Cli action = Cli.run("tail", dir.resolve("none.csv").toString(), "--action", "won");
        assertEquals(3, action.code());
        assertTrue(action.err().contains("expected one of run, success"), action.err());
    }

    @Test
    void follow_picks_up_appends_never_half_lines_and_survives_rotation_and_truncation() throws Exception {
        Path log = dir.resolve("tasks.csv");
        append(log, HEADER + record("08:00:00", "fetch", "run", 1, "first"));
        Lines out = new Lines();
        Thread tail = new Thread(() -> Main.run(new PrintWriter(out, true), new PrintWriter(new StringWriter()),
                "tail", "-f", log.toString(), "--zone", "UTC"));
        tail.start();
        try {
            out.await("first");

            String half = record("08:00:05", "fetch", "success", 1, "appended");
            append(log, half.substring(0, 20));                                 // a writer caught mid-line
            append(log, half.substring(20) + record("08:00:06", "load", "run", 2, "marker"));
            List<String> got = out.await("marker");
            assertEquals(2, got.size(), got.toString());
            assertTrue(got.get(0).startsWith("2024-05-01 08:00:05  fetch"), got.get(0));

            Files.move(log, dir.resolve("tasks.csv.1"));                        // rotation
            append(log, HEADER + record("08:01:00", "fetch", "run", 3, "after-rotation"));
            out.await("after-rotation");

            Files.writeString(log, HEADER + record("08:02:00", "x", "run", 4, "trunc"));   // truncation
            out.await("trunc");
        } finally {
            tail.interrupt();
            tail.join(Lines.LIMIT.toMillis());
        }
    }

    @Test
    void a_line_that_cannot_be_read_is_reported_on_the_error_stream_with_its_number() throws IOException {
        Path log = dir.resolve("tasks.csv");
        append(log, HEADER + record("08:00:00", "fetch", "explode", 1, "") + record("08:00:01", "fetch", "run", 2, "ok"));
        Cli tail = Cli.run("tail", log.toString(), "--zone", "UTC");
        assertEquals(0, tail.code(), tail.err());
        assertEquals(2, tail.out().lines().count(), tail.out());
        assertTrue(tail.out().contains("ok"), tail.out());
        assertTrue(tail.err().startsWith("kairos: " + log + " line 2: column 'action'"), tail.err());
    }

    @Test
    void a_file_without_a_task_log_header_is_reported_and_its_lines_shown_as_they_are_on_the_error_stream()
            throws IOException {
        Path log = dir.resolve("tasks.csv");
        append(log, record("08:00:00", "fetch", "run", 1, "first") + record("08:00:01", "fetch", "success", 1, ""));
        Cli tail = Cli.run("tail", log.toString(), "--zone", "UTC");
        assertEquals(0, tail.code(), tail.err());
        assertEquals(1, tail.out().lines().count(), "the titles only: " + tail.out());
        assertTrue(tail.err().contains("line 1: ") && tail.err().contains("header"), tail.err());
        assertTrue(tail.err().contains("line 2: ") && tail.err().contains("2024-05-01T08:00:01Z,fetch,success,1"),
                tail.err());
    }
}
