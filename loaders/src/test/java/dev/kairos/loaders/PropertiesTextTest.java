package dev.kairos.loaders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kairos.loaders.PropertiesText.Entry;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class PropertiesTextTest {
    private static final Path FILE = Path.of("x.task");

    @Test
    void reads_what_java_util_properties_reads() throws BadFile, IOException {
        String text = "# comment\n! comment\na=1\nb : 2\nc 3\n  d=with \\\n     continuation\ne=\\u0041\\tz\nf\n"
                + "g=x=y\nh\\ k=v\n";
        Properties expected = new Properties();
        expected.load(new StringReader(text));
        Map<String, Entry> got = PropertiesText.parse(FILE, text);
        assertEquals(expected.stringPropertyNames(), got.keySet());
        expected.stringPropertyNames().forEach(k -> assertEquals(expected.getProperty(k), got.get(k).value(), k));
    }

    @Test
    void keeps_the_line_and_column_of_keys_and_values() throws BadFile {
        Entry e = PropertiesText.parse(FILE, "\n\n   start =  daily\n").get("start");
        assertEquals(3, e.line());
        assertEquals(4, e.column());
        assertEquals(3, e.valueLine());
        assertEquals(13, e.valueColumn());
        assertEquals("   start =  daily", e.lineText());
    }

    @Test
    void a_key_given_twice_is_an_error_naming_both_lines() {
        BadFile e = assertThrows(BadFile.class, () -> PropertiesText.parse(FILE, "a=1\nb=2\na=3\n"));
        assertEquals(new LoadProblem(FILE, 3, 1, "key 'a' is given twice, on line 1 and on line 3; keep one of them"),
                e.problems().get(0));
    }

    @Test
    void a_malformed_unicode_escape_is_an_error_at_its_place() {
        BadFile e = assertThrows(BadFile.class, () -> PropertiesText.parse(FILE, "a=x\\u00G1\n"));
        assertEquals(1, e.problems().get(0).line());
        assertEquals(4, e.problems().get(0).column());
        assertTrue(e.problems().get(0).message().startsWith("malformed escape"));
    }
}
