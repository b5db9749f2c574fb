package org.needlesafe.cdshooks.smart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven by Selenium, with the browser and the driver named explicitly (Selenium Manager
 * would otherwise try the internet) and every file the browser writes kept in a temporary folder. Missing browser:
 * the test fails and says what to install; it is never skipped.
 */
final class Chromium {
    static final File BROWSER = new File("/usr/bin/chromium");
    static final File DRIVER = new File("/usr/bin/chromedriver");
    static final Path ARTEFACTS = Path.of("target", "checklist-app");

    private Chromium() {
    }

    static WebDriver start(Path folder) throws IOException {
        assertThat(BROWSER).as("the browser test needs Debian's chromium: apt-get install chromium chromium-driver"
                + " (.ci/run installs them)").exists();
        assertThat(DRIVER).as("the browser test needs Debian's chromium-driver: apt-get install chromium-driver"
                + " (.ci/run installs it)").exists();
        Path config = Files.createDirectories(folder.resolve("config"));
        Path cache = Files.createDirectories(folder.resolve("cache"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER)
                .usingAnyFreePort()
                .withEnvironment(Map.of("XDG_CONFIG_HOME", config.toString(), "XDG_CACHE_HOME", cache.toString(),
                        "HOME", folder.toString()))
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1100,2600", "--user-data-dir=" + folder.resolve("profile"), "--no-first-run");
        return new ChromeDriver(service, options);
    }

    /** Saves the whole page as a test artefact under target/checklist-app. */
    static Path screenshot(WebDriver browser, String name) throws IOException {
        Files.createDirectories(ARTEFACTS);
        JavascriptExecutor script = (JavascriptExecutor) browser;
        long height = (Long) script.executeScript("return document.documentElement.scrollHeight");
        browser.manage().window().setSize(new Dimension(1100, (int) Math.min(8000, height + 40)));
        script.executeScript("window.scrollTo(0, 0)");
        Path target = ARTEFACTS.resolve(name + ".png");
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        return target;
    }
}
