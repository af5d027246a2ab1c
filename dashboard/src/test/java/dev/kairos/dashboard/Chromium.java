package dev.kairos.dashboard;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** A real headless Chromium driven by Selenium, for the tests that look at the page in a browser. */
final class Chromium {
    private static final File CHROMEDRIVER = new File(System.getProperty("kairos.test.chromedriver", "/usr/bin/chromedriver"));
    private static final File CHROMIUM = new File(System.getProperty("kairos.test.chromium", "/usr/bin/chromium"));

    private Chromium() {
    }

    /** A new browser, 1400 × 900; the caller quits it. */
    static WebDriver start() {
        assertTrue(CHROMEDRIVER.canExecute() && CHROMIUM.canExecute(), "the browser tests need Chromium and "
                + "ChromeDriver at " + CHROMIUM + " and " + CHROMEDRIVER + " (Debian: apt-get install chromium "
                + "chromium-driver; elsewhere set -Dkairos.test.chromium=… -Dkairos.test.chromedriver=…)");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1400,900");
        return new ChromeDriver(service, options);
    }
}
