package dev.kairos.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kairos.condition.Action;
import dev.kairos.log.LogRecord;
import dev.kairos.postgres.PostgresTaskLog;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A dashboard over a PostgreSQL task log that two nodes wrote (a real embedded server): the API says
 * which node started each run, and the timeline and a task's runs show it in a real browser.
 */
class DashboardSharedLogTest {
    private static final Instant T0 = Instant.parse("2026-12-02T08:00:00Z");
    private static EmbeddedPostgres server;
    private static DataSource db;
    private static String alphaRun;
    private static String betaRun;

    @BeforeAll
    static void start() throws Exception {
        server = EmbeddedPostgres.builder().start();
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("create database shared_log");
        }
        db = server.getDatabase("postgres", "shared_log");
        alphaRun = runOn("alpha", T0, Action.SUCCESS);
        betaRun = runOn("beta", T0.plus(Duration.ofMinutes(10)), Action.FAIL);
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    /** A finished run of 'fetch' that node {@code node} started at {@code start}; its id. */
    private static String runOn(String node, Instant start, Action outcome) throws Exception {
        try (PostgresTaskLog log = PostgresTaskLog.builder(db).node(node).migrate(true).build()) {
            log.replay(ZoneOffset.UTC, r -> { });
            log.open(() -> { });
            String id = log.nextRunId();
            log.append(List.of(LogRecord.started("fetch", id, start)));
            log.append(List.of(LogRecord.finished("fetch", id, outcome, start, start.plusSeconds(300), "", null)));
            return id;
        }
    }

    private static Dashboard browse(PostgresTaskLog log) {
        return Dashboard.browse(log, ZoneOffset.UTC, DashboardOptions.builder().bind("127.0.0.1", 0).build());
    }

    @Test
    void the_api_says_which_node_started_each_run() throws Exception {
        try (PostgresTaskLog log = PostgresTaskLog.builder(db).build(); Dashboard dashboard = browse(log)) {
            Http http = new Http(dashboard);
            assertEquals(true, http.json("/api/session").get("shared"));
            assertEquals(Map.of(alphaRun, "alpha", betaRun, "beta"),
                    http.json("/api/nodes?runs=" + alphaRun + "," + betaRun + ",999999").get("nodes"));
            HttpResponse<String> many = http.get("/api/nodes?runs=" + "1,".repeat(Nodes.MAX_RUNS + 1));
            assertEquals(400, many.statusCode(), many.body());
            assertTrue(many.body().contains("501 run ids asked; accepted: up to 500, comma-separated"), many.body());
        }
    }

    @Test
    void the_timeline_and_a_tasks_runs_show_the_node_of_each_run() throws Exception {
        WebDriver browser = Chromium.start();
        try (PostgresTaskLog log = PostgresTaskLog.builder(db).build(); Dashboard dashboard = browse(log)) {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
            browser.get("http://127.0.0.1:" + dashboard.address().getPort() + "/#/timeline");
            By alpha = By.cssSelector("#timeline .bar[data-run='" + alphaRun + "'][data-node='alpha']");
            By beta = By.cssSelector("#timeline .bar[data-run='" + betaRun + "'][data-node='beta']");
            wait.until(ExpectedConditions.numberOfElementsToBe(alpha, 1));
            wait.until(ExpectedConditions.numberOfElementsToBe(beta, 1));
            assertEquals("alpha", browser.findElement(alpha).findElement(By.cssSelector(".node")).getText());
            assertTrue(browser.findElement(beta).getAttribute("title").contains("run " + betaRun + " on beta: fail"),
                    browser.findElement(beta).getAttribute("title"));
            new Select(browser.findElement(By.id("window"))).selectByValue("1");
            wait.until(ExpectedConditions.numberOfElementsToBe(alpha, 1));
            Path screenshots = Files.createDirectories(Path.of("target", "screenshots"));
            File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), screenshots.resolve("timeline-nodes.png"), StandardCopyOption.REPLACE_EXISTING);

            browser.get("http://127.0.0.1:" + dashboard.address().getPort() + "/#/task/fetch");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#runs td.node"), "beta"));
            @SuppressWarnings("unchecked")
            List<String> nodes = (List<String>) ((JavascriptExecutor) browser).executeScript(
                    "return [...document.querySelectorAll('#runs td.node')].map(td => td.innerText)");
            assertEquals(List.of("beta", "alpha"), nodes, "latest first");
        } finally {
            browser.quit();
        }
    }
}
