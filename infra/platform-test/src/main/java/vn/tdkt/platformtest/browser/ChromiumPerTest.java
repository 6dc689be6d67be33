package vn.tdkt.platformtest.browser;

import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * A fresh {@link HeadlessChromium} for each test of a page test class, the one way the services' browser tests hold
 * their browser:
 * <pre>
 * &#64;RegisterExtension
 * final ChromiumPerTest browser = ChromiumPerTest.of("Real-browser dashboard test", "1440,1800", "--lang=vi-VN");
 * </pre>
 * Started before each test (skipped, not failed, where Chromium is missing) and closed after it, keeping a screenshot
 * of the last page first when {@link #keepingLastPage} asks for one.
 */
public final class ChromiumPerTest implements BeforeEachCallback, AfterEachCallback {

    private final String test;
    private final String windowSize;
    private final String[] arguments;
    private String lastPageFolder;
    private String lastPageName;
    private HeadlessChromium chromium;

    private ChromiumPerTest(String test, String windowSize, String[] arguments) {
        this.test = test;
        this.windowSize = windowSize;
        this.arguments = arguments.clone();
    }

    /** @see HeadlessChromium#start(String, String, String...) */
    public static ChromiumPerTest of(String test, String windowSize, String... arguments) {
        return new ChromiumPerTest(test, windowSize, arguments);
    }

    /** After each test, before closing, keeps its last page as {@code target/<folder>/<name>}. */
    public ChromiumPerTest keepingLastPage(String folder, String name) {
        this.lastPageFolder = folder;
        this.lastPageName = name;
        return this;
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        chromium = HeadlessChromium.start(test, windowSize, arguments);
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        if (chromium == null) {
            return;
        }
        try (HeadlessChromium closing = chromium) {
            chromium = null;
            if (lastPageFolder != null) {
                closing.screenshot(lastPageFolder, lastPageName);
            }
        }
    }

    public WebDriver driver() {
        return running().driver();
    }

    /** @see HeadlessChromium#js(String) */
    public Object js(String script) {
        return running().js(script);
    }

    /** @see HeadlessChromium#click(By, Duration) */
    public void click(By by, Duration timeout) {
        running().click(by, timeout);
    }

    /** @see HeadlessChromium#screenshot(String, String) */
    public void screenshot(String folder, String name) throws IOException {
        running().screenshot(folder, name);
    }

    private HeadlessChromium running() {
        if (chromium == null) {
            throw new IllegalStateException("the browser runs only during a test");
        }
        return chromium;
    }
}
