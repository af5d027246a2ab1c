package dev.kairos.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kairos.condition.Action;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Who is let in: the address, the credentials, read-only mode; and the history read at start. */
class DashboardAccessTest {
    private static final String TOKEN = "s3cret-token-0123456789";
    private static final String PASSWORD = "correct horse battery staple";
    private static LiveSession live;

    @BeforeAll
    static void start() throws Exception {
        live = new LiveSession();
    }

    @AfterAll
    static void stop() throws Exception {
        live.close();
    }

    private static Dashboard start(DashboardOptions.Builder options) {
        return Dashboard.start(live.session, options.bind("127.0.0.1", 0).build());
    }

    @Test
    void a_non_loopback_address_without_credentials_is_refused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Dashboard.start(live.session,
                DashboardOptions.builder().bind("0.0.0.0", 0).build()));
        assertEquals("the dashboard would listen on 0.0.0.0 (0.0.0.0), which is not a loopback address, without "
                + "credentials: set a token or basic auth (read from a file or the environment), or bind to 127.0.0.1",
                e.getMessage());
    }

    @Test
    void a_non_loopback_address_with_a_token_starts() {
        try (Dashboard d = Dashboard.start(live.session, DashboardOptions.builder().bind("0.0.0.0", 0).token(TOKEN).build())) {
            assertTrue(d.address().getPort() > 0);
        }
    }

    @Test
    void with_a_token_every_request_without_it_gets_401() throws Exception {
        try (Dashboard d = start(DashboardOptions.builder().token(TOKEN))) {
            Http http = new Http(d);
            for (String path : new String[] {"/", "/app.js", "/api/session", "/api/tasks", "/api/events"}) {
                assertEquals(401, http.get(path).statusCode(), path);
            }
            assertEquals(401, http.get("/api/tasks", "Authorization", "Bearer wrong-token-0123456789").statusCode());
            assertEquals(401, http.post(Http.task("cleanup") + "/run").statusCode());
            assertEquals(200, http.get("/api/tasks", "Authorization", "Bearer " + TOKEN).statusCode());
        }
    }

    @Test
    void with_basic_auth_the_browser_is_asked_and_the_right_password_lets_in() throws Exception {
        try (Dashboard d = start(DashboardOptions.builder().basicAuth("admin", PASSWORD))) {
            Http http = new Http(d);
            HttpResponse<String> refused = http.get("/");
            assertEquals(401, refused.statusCode());
            assertEquals("Basic realm=\"Kairos\", charset=\"UTF-8\"",
                    refused.headers().firstValue("WWW-Authenticate").orElseThrow());
            assertEquals(401, http.get("/", "Authorization", basic("admin", "wrong")).statusCode());
            assertEquals(200, http.get("/", "Authorization", basic("admin", PASSWORD)).statusCode());
        }
    }

    @Test
    void read_only_refuses_actions_and_says_so_to_the_page() throws Exception {
        try (Dashboard d = start(DashboardOptions.builder().readOnly(true))) {
            Http http = new Http(d);
            assertEquals(true, http.json("/api/session").get("readOnly"));
            long runs = live.count("cleanup", Action.RUN);
            HttpResponse<String> r = http.post(Http.task("cleanup") + "/run", Guard.CSRF_HEADER, http.csrf());
            assertEquals(403, r.statusCode());
            assertEquals("{\"error\":\"the dashboard is read-only\"}", r.body());
            assertEquals(403, http.post(Http.task("paused") + "/enable", Guard.CSRF_HEADER, http.csrf()).statusCode());
            assertEquals("disabled", state("paused", http));
            assertEquals(runs, live.count("cleanup", Action.RUN));
        }
    }

    @Test
    void the_session_s_task_log_or_the_one_given_is_read_at_start_for_the_runs_before_the_dashboard() throws Exception {
        try (Dashboard other = start(DashboardOptions.builder().taskLog(dev.kairos.log.TaskLog.inMemory()));
                Dashboard own = start(DashboardOptions.builder())) {
            assertTrue(!new Http(other).get("/api/records").body().contains("\"task\":\"broken\""),
                    "the log given is read, not the session's");
            String records = new Http(own).get("/api/records").body();
            assertTrue(records.contains("\"task\":\"broken\",\"action\":\"fail\""), records);
            assertTrue(records.contains("the \\u003cb\\u003edisk\\u003c/b\\u003e is full"), records);
        }
    }

    @SuppressWarnings("unchecked")
    private static String state(String task, Http http) throws Exception {
        var rows = (java.util.List<java.util.Map<String, Object>>) http.json("/api/tasks").get("tasks");
        return rows.stream().filter(t -> t.get("name").equals(task)).map(t -> (String) t.get("state")).findFirst().orElseThrow();
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
