package dev.kairos.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page in a real browser: headless Chromium driven by Selenium, against a live session on a
 * manual clock. Waits are for a change of the page (an event), at most 10 seconds. Screenshots go to
 * {@code target/screenshots}.
 */
class DashboardBrowserTest {
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static LiveSession live;
    private static Dashboard dashboard;
    private static WebDriver browser;
    private static WebDriverWait wait;
    private static String base;

    @BeforeAll
    static void start() throws Exception {
        live = new LiveSession();
        dashboard = Dashboard.start(live.session, DashboardOptions.builder().bind("127.0.0.1", 0).taskLog(live.log).build());
        base = "http://127.0.0.1:" + dashboard.address().getPort() + "/";
        browser = Chromium.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        wait.ignoring(StaleElementReferenceException.class); // a row replaced by a live update is looked up again
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (dashboard != null) {
            dashboard.close();
        }
        if (live != null) {
            live.close();
        }
    }

    private static void open(String hash) {
        browser.get(base + hash);
        wait.until(d -> d.findElements(By.cssSelector("#status.live")).size() == 1);
    }

    private static List<WebElement> rows() {
        return browser.findElements(By.cssSelector("#tasks tbody tr"));
    }

    /** The text of a cell of a task's row, read in one step (the table is rebuilt by live updates). */
    private static String cell(String task, String css) {
        return (String) ((JavascriptExecutor) browser).executeScript("for (const r of document.querySelectorAll("
                + "'#tasks tbody tr')) if (r.dataset.task === arguments[0]) return r.querySelector(arguments[1]).innerText;"
                + " return null;", task, css);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> states() {
        return (Map<String, String>) ((JavascriptExecutor) browser).executeScript("return Object.fromEntries("
                + "[...document.querySelectorAll('#tasks tbody tr')].map(r => [r.dataset.task, "
                + "r.querySelector('td.state').innerText]))");
    }

    private static void screenshot(String name) throws Exception {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void the_tasks_table_lists_every_task_with_its_state() throws Exception {
        open("#/tasks");
        wait.until(d -> rows().size() == LiveSession.TASKS.size());
        assertEquals(Map.of("fetch", "idle", "report", "idle", "broken", "failing", "slow", "running",
                "paused", "disabled", "cleanup", "idle", LiveSession.EVIL, "idle", "echo", "idle", "hold", "idle"), states());
        String waits = cell("report", "td.next");
        assertTrue(waits.contains("fetch"), waits);
        assertEquals("2024-01-01 08:00:00", cell("fetch", "td.next"));
        screenshot("tasks");
    }

    @Test
    void run_now_shows_the_run_in_the_table_the_timeline_and_the_log_without_a_reload() throws Exception {
        open("#/tasks");
        wait.until(d -> rows().size() == LiveSession.TASKS.size());
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript("window.kairosNoReload = true");
        wait.until(d -> {
            d.findElement(By.cssSelector("#tasks tbody tr[data-task='cleanup'] button.run-now")).click();
            return true;
        });
        wait.until(d -> "success 2024-01-01 07:00:00".equals(cell("cleanup", "td.outcome")));

        browser.findElement(By.id("nav-timeline")).click();
        By cleanupBars = By.cssSelector("#timeline .bar[data-task='cleanup']");
        wait.until(ExpectedConditions.numberOfElementsToBe(cleanupBars, 4)); // three from the log, one now
        new Http(dashboard).post(Http.task("cleanup") + "/run", Guard.CSRF_HEADER, new Http(dashboard).csrf());
        wait.until(ExpectedConditions.numberOfElementsToBe(cleanupBars, 5)); // live, while the page is open

        browser.findElement(By.id("nav-log")).click();
        By cleanupRecords = By.cssSelector("#log tbody tr[data-task='cleanup']");
        wait.until(ExpectedConditions.numberOfElementsToBe(cleanupRecords, 10));
        assertEquals(true, js.executeScript("return window.kairosNoReload === true"), "the page was reloaded");
    }

    @Test
    void the_explanation_of_a_waiting_task_names_the_false_part() throws Exception {
        open("#/task/report");
        WebElement tree = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("explanation")));
        WebElement root = tree.findElement(By.cssSelector(":scope > li"));
        assertEquals("false", root.getAttribute("class"));
        assertEquals("after task 'fetch' succeeded", root.findElement(By.cssSelector(".cond")).getText());
        String reason = root.findElement(By.cssSelector(".reason")).getText();
        assertTrue(reason.contains("fetch"), reason);
        screenshot("task-report");
        open("#/task/fetch");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("next-starts"), "2024-01-02 08:00:00"));
        screenshot("task");
    }

    @Test
    void a_task_page_shows_its_runs_their_durations_and_its_latest_failures() throws Exception {
        open("#/task/broken");
        wait.until(ExpectedConditions.textToBe(By.cssSelector("#run-strip .tick.first"), "12-25 07:00"));
        By bars = By.cssSelector("#run-strip .bar");
        wait.until(ExpectedConditions.numberOfElementsToBe(bars, 3)); // two from the log, one at the start
        assertEquals(2, browser.findElements(By.cssSelector("#run-strip .bar.o-fail")).size());
        assertEquals(1, browser.findElements(By.cssSelector("#run-strip .bar.o-success")).size());
        assertEquals(3, browser.findElements(By.cssSelector("#durations .dot")).size());
        List<WebElement> failures = browser.findElements(By.cssSelector("#failures .failure"));
        assertEquals(2, failures.size());
        assertEquals("the <b>disk</b> is full", failures.get(0).findElement(By.cssSelector(".message")).getText());
        String stack = failures.get(0).findElement(By.cssSelector("pre.stack")).getText();
        assertTrue(stack.startsWith("java.lang.IllegalStateException: the <b>disk</b> is full"), stack);
        assertEquals("connection refused", failures.get(1).findElement(By.cssSelector(".message")).getText());
        screenshot("task-runs");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("days"))).selectByValue("1");
        wait.until(ExpectedConditions.textToBe(By.cssSelector("#run-strip .tick.first"), "12-31 07:00"));
        assertEquals(3, browser.findElements(bars).size(), "the runs of the last day");
    }

    @Test
    void a_run_asked_with_parameters_gets_them_and_a_live_run_can_be_terminated() throws Exception {
        open("#/task/echo");
        WebElement parameters = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("run-parameters")));
        parameters.sendKeys("who=<i>ann</i>");
        browser.findElement(By.id("run-with-parameters")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#runs .message"),
                "hello <i>ann</i>"));

        open("#/task/hold");
        wait.until(d -> {
            d.findElement(By.cssSelector("#task-page button.run-now")).click();
            return true;
        });
        wait.until(d -> {
            d.findElement(By.cssSelector("#task-page button.terminate")).click();
            return true;
        });
        live.awaitRecord("hold", dev.kairos.condition.Action.TERMINATE);
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#runs .badge.o-terminate"), 1));
        assertEquals("terminated on request", browser.findElement(By.cssSelector("#runs .message")).getText());
        assertEquals(0, browser.findElements(By.cssSelector("#task-page button.terminate")).size(),
                "nothing left to terminate");
    }

    @Test
    void a_task_named_with_html_shows_as_text_and_runs_no_script() throws Exception {
        open("#/tasks");
        wait.until(d -> rows().size() == LiveSession.TASKS.size());
        assertEquals(LiveSession.EVIL, cell(LiveSession.EVIL, "td.name"));
        open("#/task/" + URLEncoder.encode(LiveSession.EVIL, StandardCharsets.UTF_8).replace("+", "%20"));
        assertEquals(LiveSession.EVIL, wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#task-page h2"))).getText());
        WebElement message = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#runs .message")));
        assertEquals("<img src=x onerror=alert(2)>", message.getText());
        assertEquals(0L, ((JavascriptExecutor) browser).executeScript("return document.querySelectorAll('main script, main img').length"));
        assertThrows(NoAlertPresentException.class, () -> browser.switchTo().alert());
    }

    @Test
    void the_timeline_shows_every_task_s_runs_coloured_by_outcome() throws Exception {
        open("#/timeline");
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#timeline .bar.o-terminate"), 1));
        assertTrue(browser.findElements(By.cssSelector("#timeline .bar.o-fail")).size() >= 2);
        assertEquals(1, browser.findElements(By.cssSelector("#timeline .bar.o-running[data-task='slow']")).size());
        screenshot("timeline");
        open("#/log");
        wait.until(d -> !d.findElements(By.cssSelector("#log tbody tr")).isEmpty());
        screenshot("log");
    }

    @Test
    void read_only_hides_the_actions() throws Exception {
        try (Dashboard readOnly = Dashboard.start(live.session,
                DashboardOptions.builder().bind("127.0.0.1", 0).readOnly(true).build())) {
            browser.get("http://127.0.0.1:" + readOnly.address().getPort() + "/#/tasks");
            wait.until(d -> rows().size() == LiveSession.TASKS.size());
            assertEquals(0, browser.findElements(By.cssSelector("button")).size());
            browser.get("http://127.0.0.1:" + readOnly.address().getPort() + "/#/task/cleanup");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#task-page h2")));
            assertEquals(0, browser.findElements(By.cssSelector("button")).size());
        }
    }
}
