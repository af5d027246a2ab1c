package dev.kairos.internal.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutputPumpTest {

    @Test
    void lines_are_handed_on_one_by_one_without_their_line_ends() throws Exception {
        List<String> lines = new ArrayList<>();
        OutputPump pump = pump("one\r\ntwo\nthree", Long.MAX_VALUE, lines);

        assertEquals(List.of("one", "two", "three"), lines);
        assertEquals(List.of("one", "two", "three"), pump.tail());
    }

    @Test
    void a_line_longer_than_the_limit_is_cut_and_says_so() throws Exception {
        List<String> lines = new ArrayList<>();
        pump("x".repeat(OutputPump.MAX_LINE * 3) + "\nafter\n", Long.MAX_VALUE, lines);

        assertEquals(2, lines.size());
        assertTrue(lines.get(0).startsWith("x".repeat(OutputPump.MAX_LINE) + " …[line cut"), lines.get(0));
        assertEquals("after", lines.get(1));
    }

    @Test
    void output_past_the_limit_is_counted_not_handed_on_and_the_tail_is_kept() throws Exception {
        List<String> lines = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 1_000; i++) {
            text.append("line ").append(i).append('\n');
        }
        OutputPump pump = pump(text.toString(), 100, lines);

        assertTrue(lines.size() < 20, "handed on " + lines.size());
        assertEquals(1_000 - lines.size(), pump.dropped());
        assertEquals(OutputPump.TAIL_LINES, pump.tail().size());
        assertEquals("line 999", pump.tail().get(OutputPump.TAIL_LINES - 1));
    }

    @Test
    void a_failing_consumer_does_not_stop_the_draining() throws Exception {
        OutputPump pump = OutputPump.start(stream("a\nb\nc\n"), StandardCharsets.UTF_8, Long.MAX_VALUE, line -> {
            throw new IllegalStateException("appender broke");
        }, "test-pump");

        assertTrue(pump.await(10_000));
        assertEquals(List.of("a", "b", "c"), pump.tail());
    }

    private static OutputPump pump(String text, long limit, List<String> into) throws InterruptedException {
        OutputPump pump = OutputPump.start(stream(text), StandardCharsets.UTF_8, limit, into::add, "test-pump");
        assertTrue(pump.await(10_000));
        return pump;
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
