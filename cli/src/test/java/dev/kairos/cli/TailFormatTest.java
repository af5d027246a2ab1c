package dev.kairos.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kairos.condition.Action;
import dev.kairos.log.LogRecord;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TailFormatTest {
    private static final Instant T = Instant.parse("2024-05-01T08:00:00Z");
    /** Where the message starts; the runtime is the ten characters right-aligned before it, two spaces apart. */
    private static final int MESSAGE = TailFormat.titles().indexOf("MESSAGE");

    private static LogRecord finished(Duration runtime, String message) {
        return new LogRecord(T.plus(runtime), "fetch", Action.SUCCESS, "7", T, T.plus(runtime), runtime, message, null);
    }

    @Test
    void a_record_is_one_line_aligned_under_the_titles_with_its_time_in_the_zone() {
        String line = TailFormat.line(finished(Duration.ofMillis(1500), "done"), ZoneId.of("Europe/Paris"));
        assertEquals("2024-05-01 10:00:01  fetch                 success        #7         1.5 s  done", line);
        String titles = TailFormat.titles();
        assertEquals(titles.indexOf("TASK"), line.indexOf("fetch"));
        assertEquals(titles.indexOf("MESSAGE"), line.indexOf("done"));
    }

    @ParameterizedTest(name = "{0} is shown as {1}")
    @CsvSource({"PT0.001043787S, 1.0 ms", "PT0.25S, 250 ms", "PT9.999S, 9.9 s", "PT10S, 10 s", "PT59M59S, 59 min 59 s",
        "PT1H, 1 h", "PT26H5M, 1 d 2 h"})
    void runtimes_are_shown_for_people_in_their_largest_units(Duration runtime, String shown) {
        String line = TailFormat.line(finished(runtime, ""), ZoneOffset.UTC) + "  "; // the empty message was stripped
        assertEquals(String.format("%12s", shown), line.substring(MESSAGE - 14, MESSAGE - 2));
    }

    @Test
    void only_the_message_s_first_line_is_shown_and_it_is_cut_after_120_characters() {
        assertEquals("line one …", message("  line one  \r\nline two"));
        assertEquals("x".repeat(120) + "…", message("x".repeat(130)));
    }

    private static String message(String message) {
        return TailFormat.line(finished(Duration.ZERO, message), ZoneOffset.UTC).substring(MESSAGE);
    }

    @Test
    void a_run_record_leaves_runtime_empty_and_a_record_without_run_id_leaves_run_empty() {
        assertEquals("2024-05-01 08:00:00  fetch                 run",
                TailFormat.line(LogRecord.started("fetch", null, T), ZoneOffset.UTC));
    }
}
