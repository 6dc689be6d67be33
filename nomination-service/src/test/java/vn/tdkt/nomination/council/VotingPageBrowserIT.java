package vn.tdkt.nomination.council;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.tdkt.nomination.support.LiveTokens;
import vn.tdkt.platformtest.browser.ChromiumPerTest;

/**
 * The members' voting page in a real headless Chromium, phone-sized (390 × 844), against the service on a random
 * port with real signed tokens: each member signs in with the link carrying their token, sees only their own session
 * and items (a recused item shown as such, without buttons), casts ballots with a confirmation, sees "Đã bỏ phiếu";
 * the ballot closed, the tally counted on the total membership shows on the page. Screenshots go to
 * {@code target/voting-screenshots/}. Skipped (not failed) where Debian's chromium and chromium-driver are missing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "tdkt.outbox.enabled=false")
@Import(LiveTokens.Configuration.class)
class VotingPageBrowserIT extends CouncilTestSupport {

    /**
     * A stand-in for the local authorization server's token endpoint (client credentials, CORS for local pages), on
     * its own port: the member hd-03 signs in with the secret {@code mat-khau-hd-03}.
     */
    static final HttpServer ISSUER = fakeIssuer();

    @DynamicPropertySource
    static void tokenEndpoint(DynamicPropertyRegistry registry) {
        registry.add("tdkt.nomination.voting-page.token-endpoint",
                () -> "http://localhost:" + ISSUER.getAddress().getPort() + "/oauth2/token");
    }

    @AfterAll
    static void stopIssuer() {
        ISSUER.stop(0);
    }

    private static HttpServer fakeIssuer() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            LiveTokens tokens = LiveTokens.create();
            server.createContext("/oauth2/token", exchange -> {
                exchange.getResponseHeaders().add("Access-Control-Allow-Origin", "*");
                exchange.getResponseHeaders().add("Access-Control-Allow-Methods", "POST, OPTIONS");
                exchange.getResponseHeaders().add("Access-Control-Allow-Headers", "Authorization, Content-Type");
                if ("OPTIONS".equals(exchange.getRequestMethod())) {
                    exchange.sendResponseHeaders(204, -1);
                    exchange.close();
                    return;
                }
                String expected = "Basic " + java.util.Base64.getEncoder().encodeToString(
                        "hd-03:mat-khau-hd-03".getBytes(java.nio.charset.StandardCharsets.UTF_8));
                String body = new String(exchange.getRequestBody().readAllBytes(),
                        java.nio.charset.StandardCharsets.UTF_8);
                boolean ok = expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))
                        && body.contains("grant_type=client_credentials");
                byte[] answer = (ok ? "{\"access_token\": \"" + tokens.member("hd-03")
                        + "\", \"token_type\": \"Bearer\", \"expires_in\": 3600}"
                        : "{\"error\": \"invalid_client\"}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(ok ? 200 : 401, answer.length);
                exchange.getResponseBody().write(answer);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static final Duration WAIT = Duration.ofSeconds(15);

    @Autowired
    LiveTokens tokens;

    @LocalServerPort
    int port;

    @RegisterExtension
    final ChromiumPerTest browser = ChromiumPerTest.of("Real-browser voting page test", "390,844", "--lang=vi-VN");

    @Test
    void members_vote_on_their_phones_and_the_tally_counts_every_ballot() throws Exception {
        // given: a provincial council of five; hd-05 comes from the teacher's unit; the ballot is open
        String teacher = appraisedPerson("SGDDT", "Nguyễn Thị Hoa", null, LocalDate.of(1985, 3, 2), "CSTDCS",
                "Chiến sĩ thi đua cơ sở");
        String collective = appraisedCollective("SYT", "Khoa Nhi, Bệnh viện đa khoa tỉnh", "CO_TINH",
                "Cờ thi đua của UBND tỉnh");
        List<String> members = new ArrayList<>(plainMembers(4));
        members.add(memberJson(id(5), "Lê Văn Giáo", "UY_VIEN", "SGDDT", null, null));
        String session = schedule(provincialCouncil(members), teacher, collective);
        attendance(session, List.of(id(1), id(2), id(3), id(4), id(5)));
        assertThat(openBallot(session).getStatus()).isEqualTo(200);

        // when: hd-01 opens the link on a phone
        signIn(id(1));

        // then: their session, in Vietnamese, with both items open to vote, on a phone-sized page
        assertThat(browser.driver().getTitle()).isEqualTo("Bỏ phiếu – Hội đồng Thi đua – Khen thưởng");
        assertThat(browser.driver().getCurrentUrl()).as("token removed from the address bar").doesNotContain("access_token");
        assertThat(text("#sessions .session h2")).isEqualTo("Hội đồng Thi đua – Khen thưởng tỉnh");
        assertThat(text(".session .status")).isEqualTo("Đang bỏ phiếu");
        assertThat(state(teacher)).isEqualTo("CAN_VOTE");
        assertThat(text(item(teacher) + " .who")).isEqualTo("Nguyễn Thị Hoa");
        assertThat(((Number) browser.js("return document.documentElement.scrollWidth;")).intValue())
                .as("no horizontal scrolling on a phone")
                .isLessThanOrEqualTo(((Number) browser.js("return window.innerWidth;")).intValue());
        assertThat(browser.driver().findElement(By.cssSelector(item(teacher) + " button[data-choice='APPROVE']")).getSize()
                .getHeight()).as("big buttons").isGreaterThanOrEqualTo(48);
        browser.screenshot("voting-screenshots", "01-phieu-mo.png");

        // when: hd-01 approves the teacher (with the confirmation) and rejects the collective
        cast(teacher, "APPROVE");
        browser.screenshot("voting-screenshots", "02-da-bo-phieu.png");
        cast(collective, "REJECT");

        // then: both show "Đã bỏ phiếu", with no button left
        assertThat(text(item(teacher) + " .state")).isEqualTo("Đã bỏ phiếu");
        assertThat(browser.driver().findElements(By.cssSelector(".session button.choice"))).isEmpty();

        // when: hd-05 signs in: recused from the teacher's dossier
        signIn(id(5));
        waitFor(d -> "RECUSED".equals(state(teacher)));

        // then: shown as recused, with the reason, and no button for it
        assertThat(text(item(teacher) + " .state"))
                .isEqualTo("Không tham gia biểu quyết (Thành viên thuộc đơn vị của người được đề nghị)");
        assertThat(browser.driver().findElements(By.cssSelector(item(teacher) + " button"))).isEmpty();
        browser.screenshot("voting-screenshots", "03-khong-tham-gia.png");
        cast(collective, "APPROVE");

        // and: the other members vote through the page too
        for (int i = 2; i <= 4; i++) {
            signIn(id(i));
            cast(teacher, "APPROVE");
            cast(collective, i == 4 ? "ABSTAIN" : "APPROVE");
        }

        // when: the secretary closes the ballot
        String closed = body(closeBallot(session));

        // then: every ballot cast on the page is counted, on the total membership of five
        assertThat(JsonPath.<List<Integer>>read(closed, "$.tallies[*].approvals")).containsExactly(4, 3);
        assertThat(JsonPath.<List<Integer>>read(closed, "$.tallies[*].rejections")).containsExactly(0, 1);
        assertThat(JsonPath.<List<Integer>>read(closed, "$.tallies[*].abstentions")).containsExactly(0, 1);
        assertThat(JsonPath.<List<Boolean>>read(closed, "$.tallies[*].passed")).containsExactly(true, false);

        // and: a member's page shows the results
        signIn(id(1));
        waitFor(d -> text(".session .status").equals("Đã kết thúc bỏ phiếu"));
        assertThat(text(item(teacher) + " .result")).isEqualTo("Kết quả: Đạt (4/5 thành viên đồng ý)");
        assertThat(text(item(collective) + " .result")).isEqualTo("Kết quả: Không đạt (3/5 thành viên đồng ý)");
        browser.screenshot("voting-screenshots", "04-ket-qua.png");
    }

    @Test
    void a_stranger_sees_no_session_and_a_missing_or_expired_token_is_explained() throws Exception {
        teacherOnTheAgendaOfThreeMembers();

        browser.driver().get(base());
        waitFor(d -> "noToken".equals(browser.js("var e = document.getElementById('auth-message');"
                + " return e.hidden ? null : e.dataset.reason;")));
        assertThat(text("#auth-message")).startsWith("Chưa đăng nhập");
        assertThat(browser.driver().findElement(By.id("content")).isDisplayed()).isFalse();

        browser.driver().get(base() + "#access_token=" + tokens.mint(id(1), Duration.ofMinutes(-10), "HDTDKT",
                "COUNCIL_MEMBER"));
        waitFor(d -> "expired".equals(browser.js("return document.getElementById('auth-message').dataset.reason;")));
        assertThat(text("#auth-message")).contains("hết hạn");

        signIn("hd-99");
        waitFor(d -> browser.driver().findElement(By.id("no-sessions")).isDisplayed());
        assertThat(browser.driver().findElements(By.cssSelector("#sessions .session"))).isEmpty();
        browser.screenshot("voting-screenshots", "05-khong-co-phien.png");
    }

    @Test
    void a_member_signs_in_with_the_form_when_an_issuer_is_configured() throws Exception {
        String teacher = teacherOnTheAgendaOfThreeMembers();
        browser.driver().get(base());
        waitFor(d -> d.findElement(By.id("client-signin")).isDisplayed());

        browser.driver().findElement(By.id("client-id")).sendKeys(id(3));
        browser.driver().findElement(By.id("client-secret")).sendKeys("sai-mat-khau");
        browser.driver().findElement(By.id("client-submit")).click();
        waitFor(d -> "badCredentials".equals(
                browser.js("return document.getElementById('auth-message').dataset.reason;")));
        assertThat(text("#auth-message")).isEqualTo("Tên đăng nhập hoặc mật khẩu không đúng.");

        browser.driver().findElement(By.id("client-secret")).clear();
        browser.driver().findElement(By.id("client-secret")).sendKeys("mat-khau-hd-03");
        browser.driver().findElement(By.id("client-submit")).click();
        waitFor(d -> d.findElement(By.id("content")).isDisplayed());

        assertThat(text(item(teacher) + " .state")).isEqualTo("Chưa mở bỏ phiếu");
        assertThat(browser.driver().findElement(By.id("signin")).isDisplayed()).isFalse();
        browser.screenshot("voting-screenshots", "06-dang-nhap.png");
    }

    // ------------------------------------------------------------------------------------------------ helpers

    /** Nguyễn Thị Hoa's appraised CSTĐCS dossier, on the agenda of a session of a three-member provincial council. */
    private String teacherOnTheAgendaOfThreeMembers() throws Exception {
        String teacher = appraisedPerson("SGDDT", "Nguyễn Thị Hoa", null, LocalDate.of(1985, 3, 2), "CSTDCS",
                "Chiến sĩ thi đua cơ sở");
        schedule(provincialCouncil(plainMembers(3)), teacher);
        return teacher;
    }

    private String base() {
        return "http://localhost:" + port + "/bo-phieu/";
    }

    /** Opens the member's link: a fresh page with the token in the fragment. */
    private void signIn(String memberId) {
        browser.driver().get("about:blank");
        browser.driver().get(base() + "#access_token=" + tokens.member(memberId));
        waitFor(d -> d.findElement(By.id("content")).isDisplayed());
    }

    private void cast(String dossierId, String choice) {
        browser.click(By.cssSelector(item(dossierId) + " button[data-choice='" + choice + "']"), WAIT);
        browser.click(By.cssSelector(item(dossierId) + " button.confirm"), WAIT);
        waitFor(d -> "VOTED".equals(state(dossierId)));
    }

    private static String item(String dossierId) {
        return ".item[data-dossier-id='" + dossierId + "']";
    }

    private String state(String dossierId) {
        return (String) browser.js("var e = document.querySelector(\"" + item(dossierId) + "\");"
                + " return e ? e.dataset.state : null;");
    }

    /** Read in one script, so a re-render between finding and reading cannot make it stale. */
    private String text(String selector) {
        return (String) browser.js("var e = document.querySelector(\"" + selector + "\");"
                + " return e ? e.innerText.trim() : null;");
    }

    private void waitFor(java.util.function.Function<WebDriver, Boolean> condition) {
        new WebDriverWait(browser.driver(), WAIT).ignoring(StaleElementReferenceException.class)
                .ignoring(NullPointerException.class).until(condition::apply);
    }
}
