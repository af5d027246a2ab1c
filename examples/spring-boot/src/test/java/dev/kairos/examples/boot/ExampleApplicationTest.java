package dev.kairos.examples.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The example application on a random port, over HTTP: its tasks on the endpoint; a run asked there,
 * then found in the task log and the metrics.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext // closed before the temporary directory of its log is deleted
class ExampleApplicationTest {
    @TempDir
    static Path dir;

    @LocalServerPort
    int port;

    private Actuator actuator;

    @DynamicPropertySource
    static void taskLog(DynamicPropertyRegistry registry) {
        registry.add("kairos.log.path", () -> log().toString());
    }

    private static Path log() {
        return dir.resolve("kairos-log.csv");
    }

    @BeforeEach
    void connect() {
        actuator = new Actuator(port);
    }

    @Test
    void the_endpoint_lists_the_three_tasks() throws Exception {
        Actuator.Answer answer = actuator.get("/kairos");
        assertThat(answer.status()).isEqualTo(200);
        JsonNode json = answer.json();
        assertThat(json.path("session").asString()).isEqualTo("running");
        Map<String, String> starts = new LinkedHashMap<>();
        json.path("tasks").forEach(t -> starts.put(t.path("name").asString(), t.path("start").asString()));
        assertThat(starts).containsOnly(entry("fetch", "every 30 seconds"),
                entry("transform", "after task 'fetch' succeeded"), entry("alert", "after task 'fetch' failed"));
    }

    @Test
    void run_now_makes_a_run_that_is_in_the_log_and_in_the_metrics() throws Exception {
        // alert starts by itself only after a failed fetch (the third, a minute after the start): the run is ours;
        // on a machine that slow, its own runs would be in the log too, hence a subsequence
        Actuator.Answer asked = actuator.post("/kairos/alert", "{\"action\":\"run\"}");
        assertThat(asked.status()).isEqualTo(200);
        assertThat(asked.json().path("task").asString()).isEqualTo("alert");

        String outcome = Actuator.await("finished run of alert", () -> actuator.get("/kairos/alert").json()
                .path("task").path("lastOutcome").stringValueOpt());
        assertThat(outcome).isEqualTo("success");
        // the columns: created,task,action,…
        List<String> actions = Files.readAllLines(log()).stream().map(line -> line.split(",", 4))
                .filter(columns -> columns.length > 2 && columns[1].equals("alert")).map(columns -> columns[2])
                .toList();
        assertThat(actions).containsSubsequence("run", "success");

        double runs = Actuator.await("kairos_runs_total of alert", () -> runsCounted("alert", "success"));
        assertThat(runs).isGreaterThanOrEqualTo(1.0);
    }

    /** The value of {@code kairos_runs_total} for the task and outcome, when Prometheus shows it. */
    private Optional<Double> runsCounted(String task, String outcome) throws Exception {
        return actuator.get("/prometheus").body().lines()
                .filter(l -> l.startsWith("kairos_runs_total{") && l.contains("task=\"" + task + "\"")
                        && l.contains("outcome=\"" + outcome + "\""))
                .map(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).findFirst();
    }
}
