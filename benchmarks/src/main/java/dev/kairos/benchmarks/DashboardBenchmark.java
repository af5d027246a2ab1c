package dev.kairos.benchmarks;

import dev.kairos.Session;
import dev.kairos.SessionHandle;
import dev.kairos.dashboard.Dashboard;
import dev.kairos.dashboard.DashboardOptions;
import dev.kairos.log.TaskLog;
import dev.kairos.task.TaskDefinition;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;

/**
 * The dashboard over a large session: 1,000 tasks (the conditions of {@link LoopPass}, in turn) and a
 * CSV log of 1,000,000 records read as its history. Prints how long the tasks page's data
 * ({@code GET /api/tasks}) and the page's files take to serve, and the session thread's CPU time over
 * 10 s with no browser and then with a browser's connection (an open event stream and the tasks
 * asked for once a second, as the page does on changes). Not a test: it asserts nothing.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar dev.kairos.benchmarks.DashboardBenchmark</pre>
 */
public final class DashboardBenchmark {
    private static final int TASKS = 1_000;
    private static final long RECORDS = 1_000_000;
    private static final int SAMPLES = 30;

    private DashboardBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("kairos-dashboard-bench");
        Path log = dir.resolve("tasks.csv");
        Logs.write(log, ZoneOffset.UTC, TASKS, RECORDS, Instant.now());
        var b = Session.builder().zone(ZoneOffset.UTC).taskLog(log);
        for (int i = 0; i < TASKS; i++) {
            b.task(TaskDefinition.builder("t" + i).start(LoopPass.STARTS[i % 3]).body(ctx -> null).build());
        }
        Session session = b.build();
        long t0 = System.nanoTime();
        try (Dashboard d = Dashboard.start(session, DashboardOptions.builder().bind("127.0.0.1", 0)
                .taskLog(TaskLog.csv(log)).build()); SessionHandle h = session.startInBackground()) {
            double started = (System.nanoTime() - t0) / 1e9;
            String base = "http://127.0.0.1:" + d.address().getPort();
            HttpClient http = HttpClient.newHttpClient();
            double[] api = samples(http, base + "/api/tasks");
            double[] page = samples(http, base + "/");
            long bytes = http.send(HttpRequest.newBuilder(URI.create(base + "/api/tasks")).build(),
                    HttpResponse.BodyHandlers.ofByteArray()).body().length;
            Report.line("dashboard.tasks", Report.f("tasks=%d records=%d started_s=%.2f api_tasks_p50_ms=%.1f "
                    + "api_tasks_max_ms=%.1f bytes=%d page_p50_ms=%.2f", TASKS, RECORDS, started, api[SAMPLES / 2],
                    api[SAMPLES - 1], bytes, page[SAMPLES / 2]), "<1000ms", api[SAMPLES - 1] < 1000);
            double quiet = sessionCpu(() -> { });
            HttpResponse<InputStream> events = http.send(HttpRequest.newBuilder(URI.create(base + "/api/events"))
                    .build(), HttpResponse.BodyHandlers.ofInputStream());
            double watched = sessionCpu(() -> get(http, base + "/api/tasks"));
            events.body().close();
            Report.line("dashboard.session_cpu", Report.f("no_browser_ms_per_s=%.3f browser_ms_per_s=%.3f", quiet,
                    watched), null, false);
        } finally {
            Files.deleteIfExists(log);
            Files.deleteIfExists(dir);
        }
    }

    private static double[] samples(HttpClient http, String url) throws Exception {
        for (int i = 0; i < 5; i++) {
            get(http, url);
        }
        double[] ms = new double[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            long t = System.nanoTime();
            get(http, url);
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return ms;
    }

    private static void get(HttpClient http, String url) {
        try {
            HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200) {
                throw new IllegalStateException(url + " answered " + r.statusCode());
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The session thread's CPU milliseconds per second over 10 s, calling {@code each} once a second. */
    private static double sessionCpu(Runnable each) throws InterruptedException {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long id = Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals("kairos-session"))
                .findFirst().orElseThrow().getId();
        long cpu0 = mx.getThreadCpuTime(id);
        long t0 = System.nanoTime();
        for (int i = 0; i < 10; i++) {
            each.run();
            Thread.sleep(1000);
        }
        return (mx.getThreadCpuTime(id) - cpu0) / 1e6 / ((System.nanoTime() - t0) / 1e9);
    }
}
