package dev.kairos.log;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CsvLineTest {

    private static String line(String... fields) {
        StringBuilder out = new StringBuilder();
        CsvLine.append(out, fields);
        return out.toString();
    }

    @ParameterizedTest(name = "[{0}] is written as [{1}]")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "plain|plain",
        "''|''",
        "a,b|\"a,b\"",
        "say \"hi\"|\"say \"\"hi\"\"\"",
        "  padded  |  padded  ",
        "C:\\temp\\x|C:\\temp\\x",
        "é ü 日本|é ü 日本",
    })
    void a_field_is_quoted_only_when_it_must_be(String field, String written) {
        assertEquals(written + ",x\n", line(field, "x"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"two\nlines", "carriage\rreturn", "crlf\r\nend", "\"", ",", "", "tab\there"})
    void what_is_written_reads_back_the_same_with_line_breaks_as_line_feeds(String field) throws Exception {
        String text = line("a", field, "z") + line(field, "", field);
        String back = field.replace("\r\n", "\n").replace('\r', '\n'); // the log's reader reads lines
        List<String[]> rows = readAll(text);
        assertEquals(2, rows.size());
        assertEquals(List.of("a", back, "z"), List.of(rows.get(0)));
        assertEquals(List.of(back, "", back), List.of(rows.get(1)));
    }

    /** Every row of {@code text}, read with the log's reader. */
    private static List<String[]> readAll(String text) throws Exception {
        CsvSplitter splitter = new CsvSplitter();
        List<String[]> rows = new ArrayList<>();
        StringReader in = new StringReader(text);
        while (splitter.fill(in)) {
            for (CsvSplitter.Row row = splitter.next(); row != null; row = splitter.next()) {
                rows.add(row.fields());
            }
        }
        CsvSplitter.Row last = splitter.rest();
        if (last != null) {
            rows.add(last.fields());
        }
        return rows;
    }
}
