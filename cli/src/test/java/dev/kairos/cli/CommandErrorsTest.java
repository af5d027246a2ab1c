package dev.kairos.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Bad input on the command line: an exit code and one sentence, never a stack trace. */
class CommandErrorsTest {
    @TempDir
    Path dir;

    private static void oneSentence(Cli r, int code, String starts) {
        assertEquals(code, r.code(), r.err());
        assertTrue(r.err().startsWith(starts), r.err());
        assertFalse(r.err().contains("\tat ") || r.err().contains("Exception"), r.err());
    }

    @Test
    void no_command_is_bad_input_with_the_usage_on_the_error_stream() {
        Cli r = Cli.run();
        oneSentence(r, Main.BAD_INPUT, "kairos: give a command");
        assertTrue(r.err().contains("Usage: kairos"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void a_now_out_of_the_years_one_to_9999_is_refused_by_every_command_that_takes_it() {
        for (String command : new String[] {"check", "explain", "next"}) {
            for (String now : new String[] {"+999999999-12-31T23:59", "-999999999-01-01T00:00Z", "+10000-01-01T00:00Z"}) {
                oneSentence(Cli.run(command, "daily", "--now", now, "--zone", "UTC"), Main.BAD_INPUT,
                        "kairos: --now '" + now + "' is out of range; give a date-time from year 1 to year 9999");
            }
        }
        assertEquals(Main.FALSE, Cli.run("check", "daily before 01:00", "--now", "9999-12-31T23:59Z", "--zone", "UTC")
                .code(), "the last minute accepted");
    }

    @Test
    void tail_of_a_directory_says_so() {
        oneSentence(Cli.run("tail", dir.toString()), Main.BAD_INPUT,
                "kairos: cannot read the task log '" + dir + "': it is a directory");
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS) // a session that starts would run until stopped
    void run_refuses_to_start_on_a_log_it_cannot_write() throws IOException {
        Path tasks = Files.createDirectories(dir.resolve("tasks"));
        Path plain = Files.writeString(dir.resolve("a.task"), "start = daily\n");
        for (String log : new String[] {plain.resolve("x.csv").toString(), "/dev/full"}) {
            oneSentence(Cli.run("run", tasks.toString(), "--log", log), Main.BAD_INPUT,
                    "kairos: the session cannot start: cannot write the task log " + log + ": ");
        }
    }

    @Test
    void fsync_with_a_database_log_is_refused_before_connecting() throws IOException {
        Path tasks = Files.createDirectories(dir.resolve("tasks"));
        oneSentence(Cli.run("run", tasks.toString(), "--fsync", "--db", "jdbc:postgresql://127.0.0.1:9/none"),
                Main.BAD_INPUT, "kairos: --fsync is for the CSV task log; with --db, PostgreSQL's own setting");
    }

    @Test
    void a_condition_nested_past_the_limit_is_a_syntax_error_of_a_few_lines() {
        Cli r = Cli.run("check", "(".repeat(1_000) + "daily" + ")".repeat(1_000));
        assertEquals(Main.BAD_CONDITION, r.code(), r.err());
        assertTrue(r.err().startsWith("kairos: the condition does not parse: line 1, column 101: found '(' nested 101"
                + " levels deep, expected at most 100 levels"), r.err());
        assertTrue(r.err().lines().count() <= 3, r.err());
    }
}
