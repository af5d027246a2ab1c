package dev.kairos.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kairos.log.CsvSplitter.Row;
import java.io.IOException;
import java.io.StringReader;
import java.nio.CharBuffer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvSplitterTest {

    /** The complete rows of {@code text} added {@code piece} characters at a time, as "line:field|field". */
    private static List<String> rows(String text, int piece) {
        CsvSplitter splitter = new CsvSplitter();
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < text.length(); i += piece) {
            splitter.add(CharBuffer.wrap(text, i, Math.min(text.length(), i + piece)));
            for (Row row = splitter.next(); row != null; row = splitter.next()) {
                rows.add(row.line() + ":" + String.join("|", row.fields()));
            }
        }
        return rows;
    }

    private static Row rest(String text) throws IOException {
        CsvSplitter splitter = new CsvSplitter();
        splitter.fill(new StringReader(text));
        while (splitter.next() != null) {
            // the complete rows are not what this looks at
        }
        return splitter.rest();
    }

    @ParameterizedTest(name = "added {0} characters at a time")
    @ValueSource(ints = {1, 2, 3, 7, 1000})
    void rows_are_the_same_however_the_text_is_cut(int piece) {
        String text = "a,b,c\r\n\"x,y\",\"say \"\"hi\"\"\",\"two\nlines\"\rnext,\"\",\n\n\"\"\"\"\n";
        assertEquals(List.of("1:a|b|c", "2:x,y|say \"hi\"|two\nlines", "4:next||", "5:", "6:\""),
                rows(text, piece));
    }

    @Test
    void a_row_is_handed_over_only_once_its_line_end_arrives() {
        CsvSplitter splitter = new CsvSplitter();
        splitter.add(CharBuffer.wrap("2024-05-01T08:00:00Z,fetch,ru"));
        assertNull(splitter.next());
        splitter.add(CharBuffer.wrap("n,\"still\nquoted"));
        assertNull(splitter.next());
        splitter.add(CharBuffer.wrap("\""));
        assertNull(splitter.next(), "a closing quote or the first of two: not known yet");
        splitter.add(CharBuffer.wrap("\n"));
        Row row = splitter.next();
        assertEquals(List.of("2024-05-01T08:00:00Z", "fetch", "run", "still\nquoted"), List.of(row.fields()));
        assertTrue(row.ended());
        assertNull(splitter.next());
    }

    @Test
    void lf_crlf_and_a_lone_cr_end_a_line_and_a_crlf_cut_in_two_is_one_line_end() {
        assertEquals(List.of("1:a", "2:b", "3:c", "4:d"), rows("a\r\nb\rc\nd\n", 1));
        assertEquals(List.of("1:a", "2:b"), rows("a\r\nb\r\n", 2), "CR at the end of one piece, LF at the start of the next");
    }

    @Test
    void line_breaks_inside_quotes_read_as_lf_and_are_counted_for_the_lines_that_follow() {
        assertEquals(List.of("1:x|a\nb\nc\nd", "5:y"), rows("x,\"a\r\nb\rc\nd\"\ny\n", 1000));
    }

    @Test
    void a_quote_inside_an_unquoted_field_is_an_ordinary_character() {
        assertEquals(List.of("1:x|5\" disk|said \"no\"| \"padded\""), rows("x,5\" disk,said \"no\", \"padded\"\n", 1));
    }

    @Test
    void text_after_a_closing_quote_stays_in_the_field_and_marks_the_row_malformed() {
        CsvSplitter splitter = new CsvSplitter();
        splitter.add(CharBuffer.wrap("\"ab\"cd,e\n\"ok\",f\n"));
        Row bad = splitter.next();
        assertEquals(List.of("abcd", "e"), List.of(bad.fields()));
        assertTrue(bad.malformed());
        assertFalse(splitter.next().malformed());
    }

    @Test
    void the_rest_is_the_last_row_without_its_line_end() throws IOException {
        Row half = rest("a,b\nc,d");
        assertEquals(2, half.line());
        assertEquals(List.of("c", "d"), List.of(half.fields()));
        assertFalse(half.ended());
        assertFalse(half.openQuote());
        assertNull(rest("a,b\n"));
    }

    @Test
    void the_rest_tells_a_quote_never_closed_and_whether_the_text_ended_with_a_line_break() throws IOException {
        Row cut = rest("a\nb,\"multi\nline");
        assertTrue(cut.openQuote());
        assertFalse(cut.ended());
        assertEquals("b,multi\nline", cut.text());
        Row open = rest("a\nb,\"multi\nline\n");
        assertTrue(open.openQuote());
        assertTrue(open.ended());
    }

    @Test
    void reset_forgets_a_partial_row_and_numbers_lines_from_one_again() {
        CsvSplitter splitter = new CsvSplitter();
        splitter.add(CharBuffer.wrap("a\nb\nhalf"));
        splitter.next();
        splitter.next();
        splitter.reset();
        splitter.add(CharBuffer.wrap("new\n"));
        Row row = splitter.next();
        assertEquals(1, row.line());
        assertEquals("new", row.text());
    }

    @Test
    void a_row_longer_than_the_buffer_is_read_whole() throws IOException {
        String big = "x".repeat(200_000);
        CsvSplitter splitter = new CsvSplitter();
        StringReader in = new StringReader("a," + big + "\nb\n");
        List<String> fields = new ArrayList<>();
        while (splitter.fill(in)) {
            for (Row row = splitter.next(); row != null; row = splitter.next()) {
                fields.addAll(List.of(row.fields()));
            }
        }
        assertEquals(List.of("a", big, "b"), fields);
    }

    @Test
    void blank_rows_are_blank_and_others_are_not() {
        CsvSplitter splitter = new CsvSplitter();
        splitter.add(CharBuffer.wrap("\n   \n,\n"));
        assertTrue(splitter.next().isBlank());
        assertTrue(splitter.next().isBlank());
        assertFalse(splitter.next().isBlank(), "two empty fields are a row, not a blank line");
    }
}
