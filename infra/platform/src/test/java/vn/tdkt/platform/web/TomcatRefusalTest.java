package vn.tdkt.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.cloud.stream.binder.test.TestChannelBinderConfiguration;
import org.springframework.context.annotation.Import;

/**
 * What Tomcat refuses before Spring sees it (here a request line over the header size limit) is a problem like every
 * other error, not Tomcat's HTML page: in English when the caller asked for it before the refusal, else Vietnamese. A
 * request that Spring answers keeps its own problem.
 */
@SpringBootTest(classes = WebKitTest.TestApp.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "spring.application.name=webkit-test",
                "spring.cloud.function.definition=sample",
                "spring.cloud.stream.bindings.sample-in-0.destination=tdkt.sample.events",
                "tdkt.outbox.enabled=false",
                "server.max-http-request-header-size=4KB"})
@Import(TestChannelBinderConfiguration.class)
class TomcatRefusalTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Value("${local.server.port}")
    int port;

    @Test
    void a_request_line_over_the_limit_is_a_400_problem_in_vietnamese_or_english() throws Exception {
        String tooLong = "/api/v1/days?on=" + "x".repeat(5_000);

        HttpResponse<String> vietnamese = send(tooLong, "vi");
        assertThat(vietnamese.statusCode()).isEqualTo(400);
        assertThat(vietnamese.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat((String) JsonPath.read(vietnamese.body(), "$.code")).isEqualTo("request.rejected");
        assertThat((String) JsonPath.read(vietnamese.body(), "$.type"))
                .isEqualTo("https://tdkt.gov.vn/problems/request.rejected");
        assertThat((Integer) JsonPath.read(vietnamese.body(), "$.status")).isEqualTo(400);
        assertThat((String) JsonPath.read(vietnamese.body(), "$.title")).isEqualTo("Yêu cầu không hợp lệ");
        assertThat((String) JsonPath.read(vietnamese.body(), "$.detail")).startsWith("Máy chủ từ chối yêu cầu");

        // a request line over the limit stops Tomcat before any header: Vietnamese, the default, whatever was asked
        assertThat((String) JsonPath.read(send(tooLong, "en").body(), "$.detail")).startsWith("Máy chủ từ chối");
    }

    @Test
    void headers_over_the_limit_are_a_400_problem_in_the_language_asked_before_them() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/days"))
                .header("Accept-Language", "en").header("X-Filler", "y".repeat(5_000)).GET().build();
        HttpResponse<String> english = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(english.statusCode()).isEqualTo(400);
        assertThat((String) JsonPath.read(english.body(), "$.code")).isEqualTo("request.rejected");
        assertThat((String) JsonPath.read(english.body(), "$.title")).isEqualTo("Bad request");
        assertThat((String) JsonPath.read(english.body(), "$.detail")).startsWith("The server refused the request");
    }

    @Test
    void a_request_spring_answers_keeps_its_own_problem() throws Exception {
        HttpResponse<String> unauthenticated = send("/api/v1/days?on=2026-12-07", "vi");
        assertThat(unauthenticated.statusCode()).isEqualTo(401);
        assertThat(unauthenticated.body()).doesNotContain("request.rejected").doesNotContain("<html");
    }

    private HttpResponse<String> send(String pathAndQuery, String language) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery))
                .header("Accept-Language", language).GET().build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
