package dev.kairos.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CheckCommandTest {
    @TempDir
    Path dir;

    Path log() throws IOException {
        return Files.writeString(dir.resolve("tasks.csv"), """
                created,task,action,run_id,start,end,runtime,message,exception
                2024-05-01T07:50:00Z,fetch,run,1,2024-05-01T07:50:00Z,,,,
                2024-05-01T07:55:00Z,fetch,success,1,2024-05-01T07:50:00Z,2024-05-01T07:55:00Z,PT5M,,
                2024-05-01T10:00:00Z,load,run,2,2024-05-01T10:00:00Z,,,,
                """);
    }

    @Test
    void true_prints_true_and_exits_0() throws IOException {
        Cli r = Cli.run("check", "daily after 08:00 & after task 'fetch' succeeded", "--task", "report",
                "--now", "2024-05-01T09:00", "--zone", "UTC", "--log", log().toString());
        assertEquals("true\n", r.out());
        assertEquals(0, r.code());
    }

    @Test
    void false_prints_false_and_exits_1() throws IOException {
        Cli r = Cli.run("check", "after task 'fetch' succeeded", "--task", "report", "--now", "2024-05-01T07:52Z",
                "--log", log().toString());
        assertEquals("false\n", r.out());
        assertEquals(1, r.code());
    }

    @Test
    void records_after_now_are_not_seen_and_a_run_without_finish_is_running() throws IOException {
        String log = log().toString();
        assertEquals(1, Cli.run("check", "task 'load' is running", "--now", "2024-05-01T09:00Z", "--log", log).code());
        assertEquals(0, Cli.run("check", "task 'load' is running", "--now", "2024-05-01T11:00Z", "--log", log).code());
    }

    @Test
    void unknown_tasks_never_ran() throws IOException {
        Cli r = Cli.run("check", "task 'nobody' has succeeded", "--log", log().toString());
        assertEquals("false\n", r.out());
    }

    @Test
    void now_with_offset_and_zone_and_params() {
        assertEquals(0, Cli.run("check", "daily before 08:00", "--zone", "Europe/Paris",
                "--now", "2024-05-01T05:30:00Z").code());
        assertEquals(0, Cli.run("check", "param 'mode' is 'full'", "--param", "mode=full").code());
        assertEquals(0, Cli.run("check", "scheduler has run over 1 hour", "--now", "2024-05-01T09:00Z",
                "--scheduler-started", "2024-05-01T07:00Z").code());
        assertEquals(0, Cli.run("check", "scheduler has more than 3 cycles", "--cycles", "4").code());
    }

    @Test
    void bad_syntax_exits_2_with_the_caret_on_stderr() {
        Cli r = Cli.run("check", "task 'x' has succeded");
        assertEquals(2, r.code());
        assertEquals("", r.out());
        assertTrue(r.err().contains("did you mean 'succeeded'?"), r.err());
        assertTrue(r.err().contains("               ^^^^^^^^"), r.err());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "task 'fetch' has succeeded past 15 minutes", "has failed past 1 hour", "minutely before 45",
        "minutely after 45:00", "time of minute between 15 and 45", "time of minute between 15.5 and 45.5",
        "time of minute between 15.000005 and 45.000005", "hourly between 15:05.5 and 45:10.005",
        "secondly between 45 and 46", "secondly between 15.005 and 45.005", "monthly after 1.",
        "time of month between 22. and 2.", "time of month on 2.", "minutely starting 12:00", "secondly starting 500",
        "monthly starting 1.", "hourly between 10:00 and 10:00", "time of week between Tue 00:00 and Tue 00:00",
        "daily on 23:01", "minutely on 12:00", "time of hour between 1 quarter and 3 quarter", "scheduler has 3 cycles"})
    void every_form_rocketry_users_write_is_accepted(String condition) throws IOException {
        Cli r = Cli.run("check", condition, "--task", "report", "--now", "2024-05-01T09:15:20Z", "--log", log().toString());
        assertEquals("", r.err());
        assertTrue(r.code() == 0 || r.code() == 1, r.out());
    }

    @Test
    void forms_rocketry_users_write_are_evaluated_at_now() throws IOException {
        String log = log().toString();
        assertEquals(0, Cli.run("check", "task 'fetch' has succeeded past 2 hours", "--now", "2024-05-01T09:00Z",
                "--log", log).code());
        assertEquals(1, Cli.run("check", "task 'fetch' has succeeded past 1 hour", "--now", "2024-05-01T09:00Z",
                "--log", log).code());
        assertEquals(0, Cli.run("check", "time of hour between 1 quarter and 3 quarter", "--now", "2024-05-01T09:15Z").code());
        assertEquals(1, Cli.run("check", "time of hour between 1 quarter and 3 quarter", "--now", "2024-05-01T09:45Z").code());
        assertEquals(0, Cli.run("check", "scheduler has 3 cycles", "--cycles", "3").code());
        assertEquals(1, Cli.run("check", "scheduler has 3 cycles", "--cycles", "4").code());
    }

    @Test
    void a_value_out_of_range_for_its_unit_exits_2_with_line_column_and_caret() {
        Cli minute = Cli.run("check", "minutely before 61");
        assertEquals(2, minute.code());
        assertTrue(minute.err().contains("line 1, column 17: found '61', expected a second of the minute"), minute.err());
        assertTrue(minute.err().contains("  minutely before 61\n                  ^^\n"), minute.err());
        Cli month = Cli.run("check", "time of month after 33.");
        assertEquals(2, month.code());
        assertTrue(month.err().contains("line 1, column 21: found '33.', expected a day of the month from 1st to 31st"),
                month.err());
        assertTrue(month.err().contains("  time of month after 33.\n                      ^^^\n"), month.err());
    }

    @Test
    void a_missing_or_bad_log_exits_3_saying_what_to_give() throws IOException {
        Cli missing = Cli.run("check", "true", "--log", dir.resolve("none.csv").toString());
        assertEquals(3, missing.code());
        assertTrue(missing.err().contains("no such file"), missing.err());
        Path bad = Files.writeString(dir.resolve("bad.csv"), "when,who\n1,2\n");
        Cli garbage = Cli.run("check", "true", "--log", bad.toString());
        assertEquals(3, garbage.code());
        assertTrue(garbage.err().contains("created"), garbage.err());
    }

    @Test
    void bad_options_exit_3_with_a_hint() {
        Cli unknown = Cli.run("check", "true", "--bogus");
        assertEquals(3, unknown.code());
        assertTrue(unknown.err().contains("Unknown option: '--bogus'"), unknown.err());
        assertTrue(unknown.err().contains("kairos check --help"), unknown.err());
        Cli zone = Cli.run("check", "true", "--zone", "Mars/Olympus");
        assertEquals(3, zone.code());
        assertTrue(zone.err().contains("Europe/Paris"), zone.err());
        Cli now = Cli.run("check", "true", "--now", "yesterday");
        assertEquals(3, now.code());
        assertTrue(now.err().contains("2024-05-01T09:00"), now.err());
        assertEquals(3, Cli.run("check").code());
    }

    @Test
    void help_shows_an_example() {
        Cli r = Cli.run("check", "--help");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("Example:"), r.out());
    }
}
