package vn.tdkt.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.tdkt.localstack.auth.AuthServer;
import vn.tdkt.platformtest.browser.ChromiumPerTest;
import vn.tdkt.platformtest.service.ServiceTest;

/**
 * Swagger UI's "Authorize" against the real local authorization server (infra/local-stack's {@link AuthServer}, the
 * one {@code ./run} starts), in a real headless Chromium: the service trusts that server as its issuer, the API
 * document's OAuth2 client-credentials flow points at its token endpoint, and the page asks it for a token across
 * origins (its CORS answer). A call tried out from the page is refused (401) before authorizing and answered (200)
 * after. Skipped (not failed) where Debian's chromium and chromium-driver are not installed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "tdkt.outbox.enabled=false")
class SwaggerUiAuthorizeIT extends ServiceTest {

    static final Duration WAIT = Duration.ofSeconds(20);
    /** Readable by a province leader, and answered from the service's own data files: no events needed. */
    static final String PATH = "/api/v1/report-templates";

    private static Path authData;
    private static AuthServer auth;

    @LocalServerPort
    int port;

    @RegisterExtension
    final ChromiumPerTest browser = ChromiumPerTest.of("Swagger UI browser test", "1440,1800")
            .keepingLastPage("swagger-ui-screenshots", "authorized.png");

    /** Started when the context asks for its issuer, and only then; one per class. */
    private static synchronized AuthServer auth() {
        if (auth == null) {
            try {
                authData = Files.createTempDirectory("tdkt-auth-");
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            auth = new AuthServer(authData, 0);
            auth.start();
        }
        return auth;
    }

    @DynamicPropertySource
    static void issuer(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> auth().issuerUri());
    }

    @AfterAll
    static void stopAuthServer() throws IOException {
        if (auth != null) {
            auth.stop();
            auth = null;
        }
        delete(authData);
    }

    @Test
    void authorize_with_a_demo_client_then_a_call_tried_out_from_the_page_is_answered() {
        browser.driver().get("http://localhost:" + port + "/swagger-ui.html");
        WebElement operation = waitFor(By.cssSelector(".opblock-summary-path[data-path='" + PATH + "']"));
        assertThat(browser.driver().findElement(By.cssSelector(".info .title")).getText())
                .startsWith("reporting-service — báo cáo");

        // before "Authorize": the same call is refused
        click(operation);
        click(waitFor(By.cssSelector(".opblock.is-open button.try-out__btn")));
        click(waitFor(By.cssSelector(".opblock.is-open button.execute")));
        assertThat(responseStatus()).isEqualTo("401");
        click(browser.driver().findElement(By.cssSelector(".opblock.is-open button.btn-clear")));

        // "Authorize": the demo client of a province leader, through the client-credentials flow
        click(waitFor(By.cssSelector(".scheme-container button.authorize")));
        WebElement clientId = waitFor(By.cssSelector(".auth-container input[data-name='clientId']"));
        WebElement oauth2 = clientId.findElement(By.xpath("ancestor::div[contains(@class,'auth-container')]"));
        clientId.sendKeys("leader");
        oauth2.findElement(By.cssSelector("input[data-name='clientSecret']")).sendKeys("leader-secret");
        click(oauth2.findElement(By.cssSelector("button.authorize")));
        new WebDriverWait(browser.driver(), WAIT).ignoring(StaleElementReferenceException.class)
                .withMessage("Swagger UI got no token from " + auth().tokenUri() + " (no Logout button)")
                .until(d -> d.findElements(By.xpath(
                        "//div[contains(@class,'auth-container')]//button[normalize-space()='Logout']")).size() > 0);
        assertThat(browser.driver().findElements(By.cssSelector(".auth-container .errors")))
                .as("no token error in the dialog").allMatch(e -> e.getText().isBlank());
        click(browser.driver().findElement(By.cssSelector("button.btn-done")));

        // after: the call carries the token and is answered
        click(waitFor(By.cssSelector(".opblock.is-open button.execute")));
        assertThat(responseStatus()).isEqualTo("200");
        assertThat(browser.driver().findElement(By.cssSelector(".opblock.is-open .curl-command")).getText())
                .contains("Authorization: Bearer ey");
        assertThat(browser.driver().findElement(
                By.cssSelector(".opblock.is-open .live-responses-table .response .response-col_description")).getText())
                .contains("SO_KET_6_THANG");
    }

    /** The status of the live response, once the call has come back (the previous one is cleared first). */
    private String responseStatus() {
        By status = By.cssSelector(".opblock.is-open .live-responses-table .response .response-col_status");
        return new WebDriverWait(browser.driver(), WAIT).ignoring(StaleElementReferenceException.class).until(d -> {
            var loading = d.findElements(By.cssSelector(".opblock.is-open .loading-container"));
            var shown = d.findElements(status);
            return loading.isEmpty() && !shown.isEmpty() ? shown.get(0).getText().strip() : null;
        });
    }

    private WebElement waitFor(By by) {
        return new WebDriverWait(browser.driver(), WAIT).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElements(by).stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
    }

    private void click(WebElement element) {
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].scrollIntoView({block:'center'})", element);
        element.click();
    }

    private static void delete(Path root) throws IOException {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
