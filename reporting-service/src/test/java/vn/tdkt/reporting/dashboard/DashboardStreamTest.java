package vn.tdkt.reporting.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.messaging.Message;
import vn.tdkt.reporting.dashboard.web.DashboardStream;
import vn.tdkt.reporting.support.Events;
import vn.tdkt.reporting.support.LiveReportingTest;
import vn.tdkt.reporting.support.SseClient;
import vn.tdkt.reporting.support.TestSecurityConfiguration;

/** The live stream over real HTTP with real signed tokens (query token, header token, none, forged, expired). */
class DashboardStreamTest extends LiveReportingTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Autowired
    DashboardStream dashboardStream;

    private URI stream(String token) {
        return URI.create("http://localhost:" + port + "/api/v1/dashboard/stream"
                + (token == null ? "" : "?access_token=" + token));
    }

    private Message<byte[]> taskDue(String taskId, long sequence) {
        return Events.message(Events.due(taskId, "SGDDT", "2025-06-30", 5), sequence);
    }

    @Test
    void pushesSummaryChangedAfterAnAppliedEvent() throws Exception {
        try (SseClient client = SseClient.open(stream(tokens.mint("UBND", "LEADER")), null)) {
            assertThat(client.status()).isEqualTo(200);
            assertThat(client.contentType()).startsWith("text/event-stream");
            assertThat(client.nextEvent(WAIT)).isEqualTo("connected");

            planEvents.accept(taskDue("task-live", 1));

            assertThat(client.await("summary-changed", WAIT)).isTrue();
        }
    }

    @Test
    void aRedeliveryPushesNothing() throws Exception {
        Message<byte[]> due = taskDue("task-again", 1);
        try (SseClient client = SseClient.open(stream(null), tokens.mint("SGDDT", "UNIT_OFFICER"))) {
            assertThat(client.status()).as("header token").isEqualTo(200);
            assertThat(client.nextEvent(WAIT)).isEqualTo("connected");
            planEvents.accept(due);
            assertThat(client.await("summary-changed", WAIT)).isTrue();

            planEvents.accept(due);

            assertThat(client.count("summary-changed", Duration.ofMillis(1_500))).isZero();
        }
    }

    @Test
    void aBurstOfChangesIsDebounced() throws Exception {
        try (SseClient client = SseClient.open(stream(tokens.mint("SNV", "SNV_OFFICER")), null)) {
            assertThat(client.nextEvent(WAIT)).isEqualTo("connected");

            for (int i = 0; i < 10; i++) {
                planEvents.accept(taskDue("task-burst-" + i, 1));
            }

            int pushed = client.count("summary-changed", Duration.ofSeconds(3));
            assertThat(pushed).isBetween(1, 3);
        }
    }

    @Test
    void sendsHeartbeatsAndDropsClientsThatWentAway() throws Exception {
        SseClient client = SseClient.open(stream(tokens.mint("UBND", "LEADER")), null);
        assertThat(client.nextEvent(WAIT)).isEqualTo("connected");
        int connected = dashboardStream.connectedClients();

        // heartbeat is 1 s in tests (15 s by default)
        assertThat(client.await(":heartbeat", WAIT)).isTrue();

        client.close();
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (dashboardStream.connectedClients() >= connected && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertThat(dashboardStream.connectedClients()).isLessThan(connected);
    }

    @Test
    void refusesCallersWithoutAValidToken() throws Exception {
        try (SseClient anonymous = SseClient.open(stream(null), null)) {
            assertThat(anonymous.status()).isEqualTo(401);
        }
        try (SseClient forged = SseClient.open(stream(TestSecurityConfiguration.foreignTokens()
                .mint("UBND", "LEADER")), null)) {
            assertThat(forged.status()).isEqualTo(401);
        }
        try (SseClient expired = SseClient.open(stream(tokens.mint(Duration.ofMinutes(-5), "UBND", "LEADER")),
                null)) {
            assertThat(expired.status()).isEqualTo(401);
        }
        try (SseClient noRole = SseClient.open(stream(tokens.mint("SGDDT")), null)) {
            assertThat(noRole.status()).isEqualTo(403);
        }
    }

    @Test
    void theQueryTokenIsAcceptedOnTheStreamOnly() throws Exception {
        String token = tokens.mint("UBND", "LEADER");
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> viaQuery = http.send(HttpRequest.newBuilder(URI.create(
                "http://localhost:" + port + "/api/v1/dashboard/summary?access_token=" + token)).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> viaHeader = http.send(HttpRequest.newBuilder(URI.create(
                "http://localhost:" + port + "/api/v1/dashboard/summary"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(viaQuery.statusCode()).isEqualTo(401);
        assertThat(viaHeader.statusCode()).isEqualTo(200);
        assertThat(viaHeader.body()).contains("\"dueSoon\"");
    }
}
