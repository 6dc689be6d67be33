package vn.tdkt.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.messaging.Message;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import vn.tdkt.notification.delivery.application.Breakers;
import vn.tdkt.notification.delivery.application.DeliveryDispatcher;
import vn.tdkt.notification.delivery.domain.Delivery;
import vn.tdkt.notification.delivery.domain.DeliveryStatus;
import vn.tdkt.notification.delivery.persistence.DeliveryStore;
import vn.tdkt.notification.notice.domain.Channel;
import vn.tdkt.notification.support.PlanFeed;
import vn.tdkt.notification.support.RefusingSmtpServer;
import vn.tdkt.platformtest.service.ServiceTest;

/**
 * Mistyped addresses: the mail server refuses them for good (550). Each such e-mail is given up after one call, and
 * the refusals do not open the SMTP breaker that every other e-mail of the province goes through.
 */
@TestPropertySource(properties = {
        "tdkt.notification.dispatch.enabled=false",
        "tdkt.notification.digest.enabled=false",
        "tdkt.notification.escalation.enabled=false",
        "resilience4j.retry.configs.smtp.max-attempts=3",
        "resilience4j.retry.configs.smtp.wait-duration=10ms",
        "resilience4j.circuitbreaker.configs.smtp.sliding-window-size=4",
        "resilience4j.circuitbreaker.configs.smtp.minimum-number-of-calls=2"})
class RefusedRecipientTest extends ServiceTest {

    static final int SMTP_PORT = freePort();
    static RefusingSmtpServer smtp;

    @DynamicPropertySource
    static void refusingSmtp(DynamicPropertyRegistry registry) throws IOException {
        smtp = new RefusingSmtpServer(SMTP_PORT, Set.of("vanthu@mt1.vn", "vanthu@mt2.vn", "vanthu@mt3.vn"));
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    @AfterAll
    static void stop() throws IOException {
        smtp.close();
    }

    @Autowired @Qualifier("planEvents") Consumer<Message<byte[]>> planEvents;
    @Autowired DeliveryDispatcher dispatcher;
    @Autowired DeliveryStore deliveries;
    @Autowired Breakers breakers;

    @Test
    void aRefusedRecipientIsGivenUpAtOnceAndLeavesTheBreakerClosedForEveryoneElse() {
        // given: three units whose desk address is mistyped, and one whose address works
        clock.set(LocalDateTime.of(2025, 6, 23, 10, 0));
        List<String> units = List.of("MT1", "MT2", "MT3", "OK1");
        PlanFeed.unitsWithDesk(planEvents, units, "vanthu");

        // when: a reminder to each, dispatched
        List<String> events = PlanFeed.taskDueTo(planEvents, units);
        dispatcher.dispatchDue();

        // then: each refused address was tried once and given up; the working one went out; the breaker saw no
        // failure
        List<Delivery> emails = events.stream().flatMap(id -> deliveries.ofSourceEvent(id).stream())
                .filter(d -> d.channel() == Channel.EMAIL).toList();
        assertThat(emails).hasSize(4);
        assertThat(emails).filteredOn(d -> !d.address().equals("vanthu@ok1.vn")).allSatisfy(d -> {
            assertThat(d.status()).as(d.lastError()).isEqualTo(DeliveryStatus.FAILED);
            assertThat(d.attempts()).isEqualTo(1);
            assertThat(d.lastError()).contains("550").contains(d.address());
        });
        assertThat(emails).filteredOn(d -> d.address().equals("vanthu@ok1.vn")).singleElement()
                .satisfies(d -> assertThat(d.status()).isEqualTo(DeliveryStatus.SENT));
        assertThat(smtp.refusals()).containsExactlyInAnyOrder("vanthu@mt1.vn", "vanthu@mt2.vn", "vanthu@mt3.vn");
        assertThat(smtp.accepted()).containsExactly("vanthu@ok1.vn");
        CircuitBreaker breaker = breakers.smtp();
        assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(breaker.getMetrics().getNumberOfFailedCalls()).isZero();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
