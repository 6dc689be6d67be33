package vn.tdkt.reporting.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.messaging.Message;
import vn.tdkt.platformtest.browser.ChromiumPerTest;
import vn.tdkt.reporting.support.DemoYear;
import vn.tdkt.reporting.support.Events;
import vn.tdkt.reporting.support.LiveReportingTest;

/**
 * The dashboard in a real headless Chromium against the service on a random port, with real signed tokens, over a
 * year of demo activity: each main view (overview with the heat map, a unit's drill-down, dossiers and council,
 * awards and the fund, clusters and process metrics, the English page) is checked and kept as a screenshot under
 * {@code target/dashboard-screenshots/}; a live update arrives without a reload. Skipped (not failed) where Debian's
 * chromium and chromium-driver are not installed.
 */
class DashboardBrowserIT extends LiveReportingTest {

    static final Duration WAIT = Duration.ofSeconds(15);

    @Autowired
    @Qualifier("notificationEvents")
    java.util.function.Consumer<Message<byte[]>> notificationEvents;

    @RegisterExtension
    final ChromiumPerTest browser = ChromiumPerTest.of("Real-browser dashboard test", "1440,1800", "--lang=vi-VN");

    private String dashboardUrl(String token) {
        return "http://localhost:" + port + "/" + (token == null ? "" : "#access_token=" + token);
    }

    /** Read in one script: a re-render between finding an element and reading it cannot make it stale. */
    private String text(String id) {
        return (String) browser.js(
                "var e = document.getElementById('" + id + "'); return e ? e.innerText.trim() : null;");
    }

    private void waitForScope(String unit) {
        new WebDriverWait(browser.driver(), WAIT).until(d -> unit.equals(browser.js(
                "var s = document.getElementById('scope'); return s ? s.dataset.unit || null : null;")));
    }

    private void waitForText(String id, String expected) {
        new WebDriverWait(browser.driver(), WAIT).until(d -> expected.equals(text(id)));
    }

    private long chartPoints(String id) {
        return ((Number) browser.js("var c = echarts.getInstanceByDom(document.getElementById('" + id + "'));"
                + "return c ? c.getOption().series[0].data.length : -1;")).longValue();
    }

    private void tab(String name) {
        browser.driver().findElement(By.id("tab-" + name)).click();
        new WebDriverWait(browser.driver(), WAIT).until(d -> d.findElement(By.id("view-" + name)).isDisplayed());
    }

    @Test
    void aLeaderReadsEveryViewDrillsDownAndSeesLiveUpdates() throws IOException, Exception {
        // given: a year of activity, seen on 20/11/2026
        new DemoYear(mvc, message -> {
            planEvents.accept(message);
            reportPlanEvents.accept(message);
        }, nominationEvents, notificationEvents, clock).seed();

        // when: a province leader opens the link with the token in the fragment
        browser.driver().get(dashboardUrl(tokens.mint("UBND", "LEADER")));
        new WebDriverWait(browser.driver(), WAIT).until(d -> d.findElement(By.id("content")).isDisplayed());
        new WebDriverWait(browser.driver(), WAIT).until(ExpectedConditions.attributeToBe(By.id("connection-status"),
                "data-state", "live"));

        // then: the overview, in Vietnamese, with names (not codes) and a filled heat map
        assertThat(browser.driver().getTitle()).isEqualTo("Bảng điều hành thi đua, khen thưởng tỉnh");
        assertThat(browser.driver().getCurrentUrl()).as("token removed from the address bar").doesNotContain("access_token");
        assertThat(text("connection-status")).isEqualTo("Đang cập nhật trực tiếp");
        assertThat(text("breadcrumb")).isEqualTo("Toàn tỉnh");
        assertThat(text("unit-table")).contains("Sở Y tế", "Sở Giáo dục và Đào tạo", "Phường Chiềng Lề")
                .doesNotContain("PCHIENGLE");
        assertThat(text("report-missing-count")).isEqualTo("2");
        assertThat(text("report-late-count")).isEqualTo("1");
        assertThat(text("sla-breached-count")).isEqualTo("1");
        assertThat(browser.js("return typeof echarts")).as("ECharts served by the service").isEqualTo("object");
        assertThat(chartPoints("heatmap")).as("6 units × 12 months").isEqualTo(72);
        String dueSoon = text("due-soon-count");
        browser.screenshot("dashboard-screenshots", "01-overview-vi.png");

        // when: another task enters its reminder ladder while the page is open
        browser.js("window.__sameDocument = 'yes';");
        planEvents.accept(Events.message(Events.due("live-task", "SGDDT", "2026-11-27", 7), 1));

        // then: the count moves within seconds, in the same document (no reload)
        waitForText("due-soon-count", String.valueOf(Integer.parseInt(dueSoon) + 1));
        assertThat(browser.js("return window.__sameDocument;")).isEqualTo("yes");
        assertThat(text("due-soon-list")).contains("Nhiệm vụ live-task");

        // when: the leader drills down to Sở Y tế from the units table
        browser.click(By.cssSelector("#unit-table a[data-unit='SYT']"), WAIT);
        waitForScope("SYT");

        // then: the same views for that unit, with a way back
        assertThat(text("breadcrumb")).isEqualTo("Toàn tỉnh › Sở Y tế");
        assertThat(browser.driver().getCurrentUrl()).contains("unit=SYT");
        assertThat(browser.driver().findElements(By.cssSelector("#unit-table tbody tr"))).hasSize(1);
        assertThat(chartPoints("heatmap")).isEqualTo(12);
        browser.screenshot("dashboard-screenshots", "02-unit-drilldown-syt.png");
        browser.click(By.id("breadcrumb-province"), WAIT);
        waitForText("breadcrumb", "Toàn tỉnh");

        // when: the dossiers and council view
        tab("dossiers");
        assertThat(chartPoints("funnel-chart")).isEqualTo(5);
        assertThat(text("stage-table")).contains("Đang thẩm định", "Trả lại để bổ sung", "Đã có quyết định");
        assertThat(text("sla-table")).contains("Tập thể d-09", "Sở Tài chính");
        assertThat(text("council-upcoming")).contains("Hội đồng TĐKT tỉnh", "Phòng họp số 1, UBND tỉnh");
        assertThat(browser.driver().findElements(By.cssSelector("#council-recent tbody tr[data-session-id='s-10']")))
                .hasSize(1);
        browser.screenshot("dashboard-screenshots", "03-dossiers-council.png");

        // when: awards and the fund
        tab("awards");
        assertThat(text("awards-table")).contains("Bằng khen của Chủ tịch UBND tỉnh", "Cấp tỉnh", "Cờ thi đua của UBND tỉnh");
        assertThat(text("fund-table")).contains("2.500.000.000 đ", "2.000.000.000 đ");
        browser.screenshot("dashboard-screenshots", "04-awards-fund.png");

        // when: clusters and process metrics
        tab("clusters");
        assertThat(text("cluster-ranks")).contains("Khối thi đua KHOI-VHXH", "Sở Y tế", "Sở Giáo dục và Đào tạo");
        assertThat(text("bottleneck")).startsWith("Điểm nghẽn:");
        assertThat(text("risk-table")).contains("Phường Chiềng Lề");
        assertThat(text("deliveries")).contains("1 lỗi");
        browser.screenshot("dashboard-screenshots", "05-clusters-metrics.png");

        // and the English toggle translates the page in place (unit names are proper names and stay)
        tab("overview");
        browser.driver().findElement(By.id("lang-toggle")).click();
        assertThat(text("title")).isEqualTo("Provincial emulation and commendation dashboard");
        assertThat(text("tab-dossiers")).isEqualTo("Dossiers and council");
        assertThat(text("unit-table")).contains("Sở Y tế");
        browser.screenshot("dashboard-screenshots", "06-overview-en.png");
    }

    @Test
    void aUnitOfficerSeesOnlyTheirUnit() throws Exception {
        new DemoYear(mvc, message -> {
            planEvents.accept(message);
            reportPlanEvents.accept(message);
        }, nominationEvents, notificationEvents, clock).seed();

        browser.driver().get(dashboardUrl(tokens.mint("SGDDT", "UNIT_OFFICER")));
        waitForScope("SGDDT");

        assertThat(text("breadcrumb")).contains("Sở Giáo dục và Đào tạo");
        assertThat(browser.driver().findElements(By.cssSelector("#unit-table tbody tr"))).hasSize(1);
        browser.screenshot("dashboard-screenshots", "07-unit-officer-sgddt.png");
    }

    @Test
    void withoutATokenThePageSaysSoAndShowsNoFigures() {
        browser.driver().get(dashboardUrl(null));

        new WebDriverWait(browser.driver(), WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id("auth-message")));
        assertThat(text("auth-message")).contains("Chưa có mã truy cập");
        assertThat(browser.driver().findElement(By.id("content")).isDisplayed()).isFalse();
        assertThat(browser.driver().findElement(By.id("connection-status")).getAttribute("data-state"))
                .isEqualTo("unauthorized");
    }

    @Test
    void anExpiredTokenIsReportedClearly() {
        browser.driver().get(dashboardUrl(tokens.mint(Duration.ofMinutes(-10), "UBND", "LEADER")));

        new WebDriverWait(browser.driver(), WAIT).until(ExpectedConditions.attributeToBe(By.id("auth-message"),
                "data-reason", "expired"));
        assertThat(text("auth-message")).contains("hết hạn");
        assertThat(browser.driver().findElement(By.id("content")).isDisplayed()).isFalse();
    }
}
