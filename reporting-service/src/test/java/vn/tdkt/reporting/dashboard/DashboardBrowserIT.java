package vn.tdkt.reporting.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cloud.stream.binder.test.InputDestination;
import org.springframework.messaging.Message;
import vn.tdkt.contracts.EventTypes;
import vn.tdkt.platformtest.contracts.EventMessages;
import vn.tdkt.reporting.support.Payloads;
import vn.tdkt.reporting.support.ReportingIntegrationTest;

/**
 * The dashboard in a real headless Chromium against the service on a random port, with a real signed token:
 * Vietnamese page, figures from the summary API, and a live update over server-sent events without a reload.
 * Skipped (not failed) where Debian's chromium and chromium-driver are not installed.
 */
class DashboardBrowserIT extends ReportingIntegrationTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String PLAN_TOPIC = "tdkt.plan.events";
    private static final String NOMINATION_TOPIC = "tdkt.nomination.events";

    @Autowired
    InputDestination input;

    private WebDriver driver;
    private Path profile;

    @BeforeEach
    void startBrowser() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Real-browser dashboard test SKIPPED: /usr/bin/chromium or /usr/bin/chromedriver is missing "
                        + "(install with: apt-get install -y chromium chromium-driver)");
        profile = Files.createTempDirectory("tdkt-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1400,1100", "--lang=vi-VN", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
    }

    @AfterEach
    void stopBrowser() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    private void send(Message<byte[]> message, String topic) {
        input.send(message, topic);
    }

    private String text(String id) {
        return driver.findElement(By.id(id)).getText();
    }

    private void waitForText(String id, String expected) {
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.textToBe(By.id(id), expected));
    }

    private String dashboardUrl(String token) {
        return "http://localhost:" + port + "/" + (token == null ? "" : "#access_token=" + token);
    }

    @Test
    void showsTheProvinceAndUpdatesLiveWithoutReloading() throws IOException {
        // given: a published plan, one task due soon, one overdue, one eligible dossier
        send(EventMessages.of(EventTypes.PLAN_PUBLISHED, Payloads.PLAN_ID, 1,
                Payloads.planPublished(Payloads.PLAN_ID, "02/KH-UBND",
                        Payloads.task("t-gd", "SGDDT", "2025-06-30", "Báo cáo sơ kết ngành giáo dục"),
                        Payloads.task("t-yt", "SYT", "2025-06-20", "Báo cáo phong trào ngành y tế"),
                        Payloads.task("t-nv", "SNV", "2025-06-28", "Tổng hợp đăng ký thi đua"))), PLAN_TOPIC);
        send(EventMessages.of(EventTypes.TASK_DUE, "t-gd", 1, Payloads.taskDue("t-gd", "SGDDT", "2025-06-30", 5)),
                PLAN_TOPIC);
        send(EventMessages.of(EventTypes.TASK_OVERDUE, "t-yt", 2,
                Payloads.taskOverdue("t-yt", "SYT", "2025-06-20", 5)), PLAN_TOPIC);
        send(EventMessages.of(EventTypes.DOSSIER_SUBMITTED, "d-gd", 1, Payloads.dossierSubmitted("d-gd", "SGDDT")),
                NOMINATION_TOPIC);
        send(EventMessages.of(EventTypes.DOSSIER_APPRAISED, "d-gd", 2,
                Payloads.dossierAppraised("d-gd", "SGDDT", "ELIGIBLE")), NOMINATION_TOPIC);
        send(EventMessages.of(EventTypes.DOSSIER_SUBMITTED, "d-yt", 1, Payloads.dossierSubmitted("d-yt", "SYT")),
                NOMINATION_TOPIC);

        // when: a province leader opens the link with the token in the fragment
        driver.get(dashboardUrl(tokens.mint("UBND", "LEADER")));

        // then
        waitForText("due-soon-count", "1");
        assertThat(driver.getTitle()).isEqualTo("Bảng điều hành thi đua, khen thưởng tỉnh");
        assertThat(text("title")).isEqualTo("Bảng điều hành thi đua, khen thưởng tỉnh");
        assertThat(text("overdue-count")).isEqualTo("1");
        assertThat(text("done-count")).isEqualTo("0");
        assertThat(text("total-count")).isEqualTo("3");
        assertThat(text("dossier-eligible-count")).isEqualTo("1");
        assertThat(text("dossier-submitted-count")).isEqualTo("1");
        assertThat(text("unit-table")).contains("Sở Y tế", "Sở Giáo dục và Đào tạo");
        assertThat(text("overdue-list")).contains("Nhiệm vụ t-yt");
        assertThat(driver.getCurrentUrl()).as("token removed from the address bar").doesNotContain("access_token");
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.attributeToBe(By.id("connection-status"),
                "data-state", "live"));
        assertThat(text("connection-status")).isEqualTo("Đang cập nhật trực tiếp");

        // when: another task enters its reminder ladder while the page is open
        ((JavascriptExecutor) driver).executeScript("window.__sameDocument = 'yes';");
        send(EventMessages.of(EventTypes.TASK_DUE, "t-nv", 1, Payloads.taskDue("t-nv", "SNV", "2025-06-28", 3)),
                PLAN_TOPIC);

        // then: the count moves within 10 s, in the same document (no reload)
        waitForText("due-soon-count", "2");
        assertThat(((JavascriptExecutor) driver).executeScript("return window.__sameDocument;")).isEqualTo("yes");
        assertThat(text("due-soon-list")).contains("Nhiệm vụ t-nv", "Nhiệm vụ t-gd");
        screenshot("dashboard.png");

        // and the English toggle translates the page in place
        driver.findElement(By.id("lang-toggle")).click();
        assertThat(text("title")).isEqualTo("Provincial emulation and commendation dashboard");
        assertThat(text("unit-table")).contains("Department of Health");
        assertThat(text("due-soon-count")).isEqualTo("2");
        screenshot("dashboard-en.png");
    }

    @Test
    void withoutATokenThePageSaysSoAndShowsNoFigures() {
        // when
        driver.get(dashboardUrl(null));

        // then
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id("auth-message")));
        assertThat(text("auth-message")).contains("Chưa có mã truy cập");
        assertThat(driver.findElement(By.id("content")).isDisplayed()).isFalse();
        assertThat(driver.findElement(By.id("connection-status")).getAttribute("data-state"))
                .isEqualTo("unauthorized");
    }

    @Test
    void anExpiredTokenIsReportedClearly() {
        // when
        driver.get(dashboardUrl(tokens.mint(Duration.ofMinutes(-10), "UBND", "LEADER")));

        // then
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.attributeToBe(By.id("auth-message"),
                "data-reason", "expired"));
        assertThat(text("auth-message")).contains("hết hạn");
        assertThat(driver.findElement(By.id("content")).isDisplayed()).isFalse();
    }

    private void screenshot(String name) throws IOException {
        Path target = Path.of(System.getProperty("basedir", ".")).resolve("target");
        Files.createDirectories(target);
        Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, target.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
