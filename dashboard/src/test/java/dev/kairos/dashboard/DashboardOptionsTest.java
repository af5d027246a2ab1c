package dev.kairos.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class DashboardOptionsTest {
    private static final String SECRET = "0123456789abcdef";

    @Test
    void defaults_are_loopback_8080_without_credentials() {
        DashboardOptions o = DashboardOptions.defaults();
        assertEquals("127.0.0.1", o.host());
        assertEquals(8080, o.port());
        assertFalse(o.hasCredentials());
        assertFalse(o.readOnly());
        assertTrue(o.taskLog().isEmpty());
    }

    @Test
    void bad_values_are_refused_at_the_setter_with_what_is_accepted() {
        assertMessage("port must be 0 (any free port) to 65535, was 70000",
                () -> DashboardOptions.builder().bind("127.0.0.1", 70000));
        assertMessage("port must be 0 (any free port) to 65535, was -1",
                () -> DashboardOptions.builder().bind("127.0.0.1", -1));
        assertMessage("host must not be blank; give e.g. 127.0.0.1", () -> DashboardOptions.builder().bind(" ", 1));
        assertMessage("token must be at least 16 characters, was 5", () -> DashboardOptions.builder().token("short"));
        assertMessage("token must not contain white space or control characters",
                () -> DashboardOptions.builder().token("0123456789 abcdef"));
        assertMessage("user must be non-blank, without ':' or control characters, was 'a:b'",
                () -> DashboardOptions.builder().basicAuth("a:b", SECRET));
        assertMessage("password must be at least 16 characters without control characters, was 3 characters",
                () -> DashboardOptions.builder().basicAuth("admin", "pwd"));
    }

    @Test
    void token_and_basic_auth_are_alternatives() {
        assertMessage("token and basicAuth are alternatives: a token is set already",
                () -> DashboardOptions.builder().token(SECRET).basicAuth("admin", SECRET));
        assertMessage("token and basicAuth are alternatives: basic auth is set already",
                () -> DashboardOptions.builder().basicAuth("admin", SECRET).token(SECRET));
    }

    @Test
    void to_string_never_shows_a_secret() {
        String shown = DashboardOptions.builder().bind("0.0.0.0", 0).basicAuth("admin", SECRET).build().toString();
        assertEquals("DashboardOptions[bind=0.0.0.0:0, auth=basic(admin), readOnly=false, taskLog=false]", shown);
        assertFalse(DashboardOptions.builder().token(SECRET).build().toString().contains(SECRET));
    }

    private static void assertMessage(String expected, Executable setter) {
        assertEquals(expected, assertThrows(IllegalArgumentException.class, setter).getMessage());
    }
}
