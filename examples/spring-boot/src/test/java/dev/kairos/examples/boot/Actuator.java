package dev.kairos.examples.boot;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** The example's actuator, over real HTTP on the test's port; and a bounded wait for what it shows. */
final class Actuator {
    /** A bound on waiting for an event, never a timing. */
    static final Duration LIMIT = Duration.ofSeconds(30);

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    Actuator(int port) {
        this.base = "http://127.0.0.1:" + port + "/actuator";
    }

    /** An answer: its HTTP status and body. */
    record Answer(int status, String body) {
        JsonNode json() {
            return JSON.readTree(body);
        }
    }

    /** {@code GET /actuator<path>}. */
    Answer get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** {@code POST /actuator<path>} with a JSON body, as the actuator's write operations want it. */
    Answer post(String path, String json) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private Answer send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(request.timeout(LIMIT).build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(r.statusCode(), r.body());
    }

    /** Asks {@code probe} until it gives a value, for at most {@link #LIMIT}; fails naming {@code what} if none. */
    static <T> T await(String what, Callable<Optional<T>> probe) throws Exception {
        long end = System.nanoTime() + LIMIT.toNanos();
        while (true) {
            Optional<T> found = probe.call();
            if (found.isPresent()) {
                return found.get();
            }
            if (System.nanoTime() - end > 0) {
                fail("no %s within %s", what, LIMIT);
            }
            Thread.sleep(50);
        }
    }
}
