package dev.opsdesk.reporting.dashboard;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's chromium driven through its chromedriver (packages chromium and chromium-driver). Paths
 * can be overridden with -Dopsdesk.chromium and -Dopsdesk.chromedriver. A missing browser fails the
 * test with the command that installs it; it never skips.
 */
final class HeadlessChromium {

    private HeadlessChromium() {
    }

    static ChromeDriver start() throws Exception {
        File browser = new File(System.getProperty("opsdesk.chromium", "/usr/bin/chromium"));
        File driver = new File(System.getProperty("opsdesk.chromedriver", "/usr/bin/chromedriver"));
        if (!browser.canExecute() || !driver.canExecute()) {
            throw new AssertionError("headless Chromium is required for the dashboard test: " + browser + " and "
                    + driver + " must exist (apt-get install -y chromium chromium-driver)");
        }
        Path profile = Files.createTempDirectory("opsdesk-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--no-first-run", "--window-size=1400,1000", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver)
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }
}
