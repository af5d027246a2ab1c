package dev.kairos.benchmarks;

import dev.kairos.Session;
import dev.kairos.SessionHandle;
import dev.kairos.SessionListener;
import dev.kairos.dashboard.Dashboard;
import dev.kairos.dashboard.DashboardOptions;
import dev.kairos.log.TaskLog;
import dev.kairos.task.TaskDefinition;
import java.io.File;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard over a large session: 1,000 tasks (the conditions of {@link LoopPass}, in turn), fifty
 * more that run every second (so that records keep coming), and a CSV log of 1,000,000 records read as
 * its history. Prints how long the tasks page's data ({@code GET /api/tasks}) and the page's files take
 * to serve; how long a headless Chromium takes from asking for the page to showing every row of the
 * tasks table; and the session thread's CPU time over 10 s with no page, with the page open in the
 * browser (live: it asks for the tasks again on records), and with a client asking for the tasks
 * once a second, and how late the bodies of the tasks that run every second begin, with and
 * without the page. Not a test: it asserts nothing.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar dev.kairos.benchmarks.DashboardBenchmark [CHROMIUM CHROMEDRIVER]</pre>
 *
 * Chromium and ChromeDriver are looked for at {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver}
 * (Debian's {@code chromium} and {@code chromium-driver}) unless given.
 */
public final class DashboardBenchmark {
    private static final int TASKS = 1_000;
    private static final long RECORDS = 1_000_000;
    private static final int SAMPLES = 30;
    private static final int TICKERS = 50;
    private static final int LOADS = 7;

    /** How late the tickers' bodies began after the instant each was due, in microseconds, since the last take. */
    private static final SessionListener LATE = new SessionListener() {
        @Override
        public void bodyStarted(String task, String runId, Instant due, Instant began) {
            LATENESS.add(Duration.between(due, began).toNanos() / 1000);
        }
    };
    private static final Queue<Long> LATENESS = new ConcurrentLinkedQueue<>();

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
        for (int i = 0; i < TICKERS; i++) {
            b.task(TaskDefinition.builder("tick" + i).start("every 1 second").body(ctx -> null).build());
        }
        Session session = b.listener(LATE).build();
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
            lateness();
            double quiet = sessionCpu(() -> { });
            String quietLate = lateness();
            double[][] render;
            double live;
            String liveLate;
            WebDriver browser = browser(args);
            try {
                render = render(browser, base);
                lateness();
                live = sessionCpu(() -> { }); // the page stays open, live
                liveLate = lateness();
            } finally {
                browser.quit();
            }
            double[] shown = render[0];
            double[] loaded = render[1];
            Report.line("dashboard.render", Report.f("tasks=%d shown_first_ms=%.0f shown_median_ms=%.0f shown_max_ms=%.0f "
                    + "with_records_median_ms=%.0f with_records_max_ms=%.0f", TASKS + TICKERS, shown[LOADS],
                    shown[LOADS / 2], shown[LOADS - 1], loaded[LOADS / 2], loaded[LOADS - 1]), "<1000ms",
                    shown[LOADS - 1] < 1000 && shown[LOADS] < 1000);
            HttpResponse<InputStream> events = http.send(HttpRequest.newBuilder(URI.create(base + "/api/events"))
                    .build(), HttpResponse.BodyHandlers.ofInputStream());
            double polled = sessionCpu(() -> get(http, base + "/api/tasks"));
            events.body().close();
            Report.line("dashboard.session_cpu", Report.f("runs_per_s=%d no_page_ms_per_s=%.3f page_open_ms_per_s=%.3f "
                    + "tasks_each_second_ms_per_s=%.3f", TICKERS, quiet, live, polled), null, false);
            Report.line("dashboard.lateness", "no_page " + quietLate + " page_open " + liveLate, null, false);
        } finally {
            Files.deleteIfExists(log);
            Files.deleteIfExists(dir);
        }
    }

    /** The tickers' lateness since the last call: samples, p50, p99, max (ms). */
    private static String lateness() {
        List<Long> us = new ArrayList<>();
        for (Long l = LATENESS.poll(); l != null; l = LATENESS.poll()) {
            us.add(l);
        }
        if (us.isEmpty()) {
            return "samples=0";
        }
        us.sort(null);
        return Report.f("samples=%d p50_ms=%.2f p99_ms=%.2f max_ms=%.2f", us.size(), us.get(us.size() / 2) / 1e3,
                us.get((int) (us.size() * 0.99)) / 1e3, us.get(us.size() - 1) / 1e3);
    }

    private static WebDriver browser(String[] args) {
        File chromium = new File(args.length > 0 ? args[0] : "/usr/bin/chromium");
        File driver = new File(args.length > 1 ? args[1] : "/usr/bin/chromedriver");
        if (!chromium.canExecute() || !driver.canExecute()) {
            throw new IllegalStateException("the render figure needs Chromium and ChromeDriver at " + chromium + " and "
                    + driver + " (Debian: apt-get install chromium chromium-driver), or their paths as arguments");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1400,900");
        return new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(driver).usingAnyFreePort()
                .build(), options);
    }

    /**
     * Milliseconds from asking for the page to the tasks table shown with every row (the page's mark
     * {@code kairos:shown}, on the browser's clock from the start of the navigation), and to the
     * latest records loaded as well ({@code kairos:records}): {@code LOADS} loads each, from a blank
     * page (a heavy page's unloading, up to a second here, is the browser's cost, not the page's), sorted, then
     * the first (a fresh browser) at index {@code LOADS}.
     */
    private static double[][] render(WebDriver browser, String base) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30), Duration.ofMillis(20));
        double[][] ms = new double[2][LOADS + 1];
        for (int i = 0; i < LOADS; i++) {
            browser.get("about:blank"); // the page opened afresh: not the previous load's unloading
            browser.get(base + "?load=" + i + "#/tasks");
            wait.until(b -> mark(b, "kairos:records") != null);
            if (((Number) ((JavascriptExecutor) browser).executeScript(
                    "return document.querySelectorAll('#tasks tbody tr').length")).intValue() != TASKS + TICKERS) {
                throw new IllegalStateException("the tasks table does not show every task");
            }
            ms[0][i] = mark(browser, "kairos:shown");
            ms[1][i] = mark(browser, "kairos:records");
        }
        for (double[] m : ms) {
            double first = m[0];
            Arrays.sort(m, 0, LOADS);
            m[LOADS] = first;
        }
        return ms;
    }

    private static Double mark(WebDriver browser, String name) {
        Object at = ((JavascriptExecutor) browser).executeScript(
                "const m = performance.getEntriesByName(arguments[0], 'mark'); return m.length ? m[0].startTime : null", name);
        return at == null ? null : ((Number) at).doubleValue();
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
