package dev.kairos.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kairos.condition.Action;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The JSON API and the safety of actions, over HTTP against a live session on a manual clock. */
class DashboardTest {
    private static LiveSession live;
    private static Dashboard dashboard;
    private static Http http;

    @BeforeAll
    static void start() throws Exception {
        live = new LiveSession();
        dashboard = Dashboard.start(live.session, DashboardOptions.builder().bind("127.0.0.1", 0).taskLog(live.log)
                .build());
        http = new Http(dashboard);
    }

    @AfterAll
    static void stop() throws Exception {
        dashboard.close();
        live.close();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> tasks() throws Exception {
        List<Map<String, Object>> rows = (List<Map<String, Object>>) http.json("/api/tasks").get("tasks");
        return rows.stream().collect(Collectors.toMap(r -> (String) r.get("name"), r -> r));
    }

    @Test
    void tasks_lists_every_task_with_its_state() throws Exception {
        Map<String, Map<String, Object>> tasks = tasks();
        assertEquals(LiveSession.TASKS, tasks.keySet().stream().sorted().toList());
        Map<String, String> states = tasks.values().stream()
                .collect(Collectors.toMap(t -> (String) t.get("name"), t -> (String) t.get("state")));
        assertEquals("idle", states.get("fetch"));
        assertEquals("idle", states.get("report"));
        assertEquals("failing", states.get("broken"));
        assertEquals("running", states.get("slow"));
        assertEquals("disabled", states.get("paused"));
        assertEquals("idle", states.get("cleanup"));
        assertEquals("2024-01-01T08:00:00Z", tasks.get("fetch").get("nextStart"));
        assertEquals("daily after 08:00", tasks.get("fetch").get("start"));
        assertEquals("thread", tasks.get("fetch").get("execution"));
        assertEquals("fail", tasks.get("broken").get("lastOutcome"));
    }

    @Test
    void a_task_without_a_next_start_says_what_it_waits_for() throws Exception {
        Map<String, Object> report = tasks().get("report");
        assertNull(report.get("nextStart"));
        String waits = (String) report.get("waitsFor");
        assertNotNull(waits);
        assertTrue(waits.contains("fetch"), waits);
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_task_is_explained_as_a_tree_naming_the_false_part() throws Exception {
        Map<String, Object> answer = http.json(Http.task("report"));
        Map<String, Object> tree = (Map<String, Object>) answer.get("explanation");
        assertEquals(false, tree.get("value"));
        assertEquals("after task 'fetch' succeeded", tree.get("condition"));
        assertFalse(((String) tree.get("reason")).isEmpty());
        Map<String, Object> fetch = http.json(Http.task("fetch"));
        assertEquals(List.of("2024-01-01T08:00:00Z", "2024-01-02T08:00:00Z", "2024-01-03T08:00:00Z",
                "2024-01-04T08:00:00Z", "2024-01-05T08:00:00Z"), fetch.get("nextStarts"));
        assertEquals(404, http.get(Http.task("nothing")).statusCode());
    }

    @Test
    void an_action_without_the_csrf_token_is_refused_and_does_nothing() throws Exception {
        long runs = live.count("cleanup", Action.RUN);
        assertEquals(403, http.post(Http.task("cleanup") + "/run").statusCode());
        assertEquals(403, http.post(Http.task("cleanup") + "/run", Guard.CSRF_HEADER, "wrong").statusCode());
        assertEquals(405, http.get(Http.task("cleanup") + "/run").statusCode());
        // A run asked after those: if they had asked one, its records would come first.
        assertEquals(202, http.post(Http.task(LiveSession.EVIL) + "/run", Guard.CSRF_HEADER, http.csrf()).statusCode());
        live.awaitRecord(LiveSession.EVIL, Action.SUCCESS);
        assertEquals(runs, live.count("cleanup", Action.RUN));
    }

    @Test
    void an_action_with_the_csrf_token_makes_a_run_the_records_show() throws Exception {
        HttpResponse<String> r = http.post(Http.task("fetch") + "/run", Guard.CSRF_HEADER, http.csrf());
        assertEquals(202, r.statusCode(), r.body());
        live.awaitRecord("fetch", Action.SUCCESS);
        String records = http.get("/api/records").body();
        assertTrue(records.contains("\"task\":\"fetch\",\"action\":\"run\""), records);
    }

    @Test
    void enable_and_disable_change_the_state() throws Exception {
        String csrf = http.csrf();
        assertEquals(202, http.post(Http.task("paused") + "/enable", Guard.CSRF_HEADER, csrf).statusCode());
        assertEquals("idle", tasks().get("paused").get("state"));
        assertEquals(202, http.post(Http.task("paused") + "/disable", Guard.CSRF_HEADER, csrf).statusCode());
        assertEquals("disabled", tasks().get("paused").get("state"));
        assertEquals(404, http.post(Http.task("nothing") + "/run", Guard.CSRF_HEADER, csrf).statusCode());
    }

    @Test
    void every_answer_carries_the_security_headers() throws Exception {
        for (String path : List.of("/", "/app.js", "/api/tasks", "/nothing")) {
            HttpResponse<String> r = http.get(path);
            assertEquals("default-src 'self'", r.headers().firstValue("Content-Security-Policy").orElseThrow()
                    .split(";")[0], path);
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElseThrow(), path);
            assertEquals("DENY", r.headers().firstValue("X-Frame-Options").orElseThrow(), path);
        }
        assertEquals("text/html; charset=utf-8", http.get("/").headers().firstValue("Content-Type").orElseThrow());
    }

    @Test
    void a_task_name_with_html_is_escaped_in_json() throws Exception {
        String body = http.get("/api/tasks").body();
        assertFalse(body.contains("<script>"), body);
        assertTrue(body.contains("\\u003cscript\\u003ealert(1)\\u003c/script\\u003e"), body);
    }

    @Test
    void a_loopback_dashboard_refuses_a_foreign_host_header() throws Exception {
        // What a page of another site sees after rebinding its name to 127.0.0.1.
        assertEquals("HTTP/1.1 403 Forbidden", rawStatus("evil.example"));
        assertEquals("HTTP/1.1 200 OK", rawStatus("localhost:" + dashboard.address().getPort()));
    }

    private static String rawStatus(String host) throws Exception {
        try (Socket s = new Socket("127.0.0.1", dashboard.address().getPort())) {
            OutputStream out = s.getOutputStream();
            out.write(("GET /api/session HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII)).readLine();
        }
    }

    @Test
    void the_event_stream_sends_the_records_after_the_given_one() throws Exception {
        long before = (Long) http.json("/api/session").get("lastSeq");
        var request = java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://127.0.0.1:" + dashboard.address().getPort() + "/api/events?after=" + before))
                .build();
        var response = java.net.http.HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofLines());
        assertEquals("text/event-stream; charset=utf-8", response.headers().firstValue("Content-Type").orElseThrow());
        http.post(Http.task("cleanup") + "/run", Guard.CSRF_HEADER, http.csrf());
        try (var lines = response.body()) {
            String data = java.util.concurrent.CompletableFuture.supplyAsync(() -> lines
                    .filter(l -> l.startsWith("data: ") && l.contains("\"task\":\"cleanup\""))
                    .findFirst().orElseThrow()).get(10, java.util.concurrent.TimeUnit.SECONDS);
            assertTrue(data.contains("\"action\":\"run\""), data);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_task_answer_holds_its_runs_of_the_last_days_and_its_latest_failures_with_the_exception() throws Exception {
        Map<String, Object> history = (Map<String, Object>) http.json(Http.task("broken") + "?days=1").get("history");
        assertEquals(1L, history.get("days"));
        assertEquals("2023-12-31T07:00:00Z", history.get("from"));
        List<Map<String, Object>> runs = (List<Map<String, Object>>) history.get("runs");
        assertEquals(List.of("3 fail 20 min", "5 success 30 min"), runs.subList(0, 2).stream()
                .map(r -> r.get("runId") + " " + r.get("outcome") + " " + r.get("runtimeText")).toList());
        assertEquals(1200_000L, runs.get(0).get("runtimeMs"));
        assertEquals("fail", runs.get(runs.size() - 1).get("outcome"), "the run of this session, at 07:00");
        List<Map<String, Object>> failures = (List<Map<String, Object>>) history.get("failures");
        assertEquals("the <b>disk</b> is full", failures.get(0).get("message"), "newest first");
        assertTrue(((String) failures.get(0).get("exception")).contains("java.lang.IllegalStateException"),
                (String) failures.get(0).get("exception"));
        assertEquals("connection refused", failures.get(failures.size() - 1).get("message"));
        assertEquals(List.of(), ((Map<String, Object>) http.json(Http.task("fetch")).get("history")).get("runs"));
    }

    @Test
    void days_out_of_range_are_refused_with_what_is_accepted() throws Exception {
        for (String days : List.of("0", "32", "seven", "")) {
            HttpResponse<String> r = http.get(Http.task("broken") + "?days=" + days);
            assertEquals(400, r.statusCode(), days);
            assertTrue(r.body().contains("accepted: a whole number from 1 to 31"), r.body());
        }
    }

    @Test
    void run_now_takes_parameters_from_a_form_encoded_body() throws Exception {
        HttpResponse<String> r = http.postBody(Http.task("echo") + "/run", "who=Ada+Lovelace&x=%3Cb%3E",
                Guard.CSRF_HEADER, http.csrf(), "Content-Type", "application/x-www-form-urlencoded");
        assertEquals(202, r.statusCode(), r.body());
        assertTrue(r.body().contains("\"parameters\":{\"who\":\"Ada Lovelace\",\"x\":\"\\u003cb\\u003e\"}"), r.body());
        assertEquals("hello Ada Lovelace", live.awaitRecord("echo", Action.SUCCESS).message());
        for (String bad : List.of("=nameless", "who=1&who=2", "who=%zz")) {
            HttpResponse<String> refused = http.postBody(Http.task("echo") + "/run", bad, Guard.CSRF_HEADER, http.csrf(),
                    "Content-Type", "application/x-www-form-urlencoded");
            assertEquals(400, refused.statusCode(), bad);
        }
        HttpResponse<String> json = http.postBody(Http.task("echo") + "/run", "{\"who\":1}", Guard.CSRF_HEADER, http.csrf(),
                "Content-Type", "application/json");
        assertEquals(400, json.statusCode());
        assertTrue(json.body().contains("accepted: application/x-www-form-urlencoded"), json.body());
        assertEquals(1, live.count("echo", Action.RUN), "no refused request made a run");
    }

    @Test
    void terminate_ends_a_live_run_as_terminated() throws Exception {
        String csrf = http.csrf();
        HttpResponse<String> idle = http.post(Http.task("hold") + "/terminate", Guard.CSRF_HEADER, csrf);
        assertEquals(202, idle.statusCode(), idle.body());
        assertTrue(idle.body().contains("\"running\":false"), idle.body());
        assertEquals(202, http.post(Http.task("hold") + "/run", Guard.CSRF_HEADER, csrf).statusCode());
        live.awaitRecord("hold", Action.RUN);
        HttpResponse<String> r = http.post(Http.task("hold") + "/terminate", Guard.CSRF_HEADER, csrf);
        assertTrue(r.body().contains("\"running\":true"), r.body());
        live.awaitRecord("hold", Action.TERMINATE);
        assertEquals(403, http.post(Http.task("hold") + "/terminate").statusCode(), "no CSRF token");
    }
}
