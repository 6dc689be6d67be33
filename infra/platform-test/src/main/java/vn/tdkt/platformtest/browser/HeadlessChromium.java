package vn.tdkt.platformtest.browser;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The real browser of the services' page tests: headless Chromium ({@code /usr/bin/chromium}) driven by
 * {@code /usr/bin/chromedriver} on a free port, with a throw-away profile. Where either is missing the test is
 * skipped (an assumption), with the command that installs them. {@link #close} quits the browser and deletes the
 * profile. Selenium is an optional dependency of this module: a service using this class declares it.
 */
public final class HeadlessChromium implements AutoCloseable {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private final WebDriver driver;
    private final Path profile;

    private HeadlessChromium(WebDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /**
     * @param test       what is skipped when the browser is missing, e.g. "Real-browser dashboard test"
     * @param windowSize width and height in CSS pixels, e.g. {@code "1440,1800"} (desktop) or {@code "390,844"} (phone)
     * @param arguments  further Chromium arguments, e.g. {@code --lang=vi-VN}
     */
    public static HeadlessChromium start(String test, String windowSize, String... arguments) throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                test + " SKIPPED: /usr/bin/chromium or /usr/bin/chromedriver is missing "
                        + "(install with: apt-get install -y chromium chromium-driver)");
        Path profile = Files.createTempDirectory("tdkt-chromium-");
        List<String> all = new ArrayList<>(List.of("--headless=new", "--no-sandbox", "--disable-gpu",
                "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--window-size=" + windowSize));
        all.addAll(List.of(arguments));
        all.add("--user-data-dir=" + profile);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(all);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        return new HeadlessChromium(new ChromeDriver(service, options), profile);
    }

    public WebDriver driver() {
        return driver;
    }

    /** Runs {@code script} in the page and returns what it returns. */
    public Object js(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    /**
     * Clicks what {@code by} finds, waiting up to {@code timeout} for it to be rendered, and again if the page
     * re-rendered it between finding and clicking (a stale element).
     */
    public void click(By by, Duration timeout) {
        new WebDriverWait(driver, timeout).ignoring(StaleElementReferenceException.class)
                .ignoring(NoSuchElementException.class).until(d -> {
                    d.findElement(by).click();
                    return true;
                });
    }

    /** Keeps a screenshot of the page as {@code target/<folder>/<name>} of the module under test. */
    public void screenshot(String folder, String name) throws IOException {
        Path target = Path.of(System.getProperty("basedir", ".")).resolve("target").resolve(folder);
        Files.createDirectories(target);
        Files.copy(((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(), target.resolve(name),
                StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
