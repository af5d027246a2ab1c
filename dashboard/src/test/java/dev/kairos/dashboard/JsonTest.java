package dev.kairos.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void writes_maps_lists_and_scalars_in_order() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("s", "x");
        m.put("n", 3L);
        m.put("b", true);
        m.put("z", null);
        m.put("at", Instant.parse("2024-01-01T08:00:00Z"));
        m.put("l", List.of(1, "two"));
        assertEquals("{\"s\":\"x\",\"n\":3,\"b\":true,\"z\":null,\"at\":\"2024-01-01T08:00:00Z\",\"l\":[1,\"two\"]}",
                Json.write(m));
    }

    @Test
    void escapes_quotes_backslashes_control_characters_and_html() {
        String nasty = "\"\\\n\r\t\u0001</script><b>&\u2028";
        String json = Json.write(nasty);
        assertEquals("\"\\\"\\\\\\n\\r\\t\\u0001\\u003c/script\\u003e\\u003cb\\u003e\\u0026\\u2028\"", json);
        assertFalse(json.contains("<") || json.contains("\n"), json);
        assertEquals(nasty, JsonReader.read(json));
    }

    @Test
    void every_string_reads_back_as_written() {
        for (String s : Arrays.asList("", "plain", "é ü 日本", "😀", "a\u0000b", "\u007f")) {
            assertEquals(s, JsonReader.read(Json.write(s)), s);
        }
    }

    @Test
    void refuses_a_type_it_has_no_form_for() {
        assertThrows(IllegalArgumentException.class, () -> Json.write(new Object()));
    }
}
