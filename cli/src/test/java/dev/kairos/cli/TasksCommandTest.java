package dev.kairos.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TasksCommandTest {
    @TempDir
    Path dir;

    @Test
    void lists_conditions_execution_and_next_due_or_why_not() throws IOException {
        Path tasks = Files.createDirectory(dir.resolve("tasks"));
        Files.writeString(tasks.resolve("a.task"), "start = daily after 08:00\ncommand = true\ntimeout = 90s\n");
        Files.writeString(tasks.resolve("b.task"), "start = after task 'a' succeeded\ncommand = true\n");
        Files.writeString(tasks.resolve("c.task"), "command = true\nexecution = process\n");
        Cli r = Cli.run("tasks", tasks.toString(), "--zone", "UTC", "--now", "2024-05-01T07:00Z");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("a  (a.task)\n  start      daily after 08:00\n"), r.out());
        assertTrue(r.out().contains("  timeout    1m30s\n"), r.out());
        assertTrue(r.out().contains("  next due   2024-05-01T08:00:00Z (in 60 min)"), r.out());
        assertTrue(r.out().contains("  next due   depends on task(s) 'a'"), r.out());
        assertTrue(r.out().contains("  execution  process\n"), r.out());
        assertTrue(r.out().contains("  next due   only when asked (no start condition)"), r.out());
    }

    @Test
    void a_bad_file_is_reported_and_exits_3() throws IOException {
        Path tasks = Files.createDirectory(dir.resolve("tasks"));
        Files.writeString(tasks.resolve("a.task"), "start = daily aftr 08:00\ncommand = true\n");
        Cli r = Cli.run("tasks", tasks.toString());
        assertEquals(3, r.code());
        assertTrue(r.err().contains("a.task:1:"), r.err());
        assertEquals(3, Cli.run("tasks", dir.resolve("none").toString()).code());
    }
}
