package vn.tdkt.notification.email;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.cloud.stream.binder.test.TestChannelBinderConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.messaging.Message;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.tdkt.contracts.CloudEventHeaders;
import vn.tdkt.contracts.EventTypes;
import vn.tdkt.notification.email.application.EmailDeliveryService;
import vn.tdkt.notification.email.application.SmtpGateway;
import vn.tdkt.notification.email.domain.DeliveryStatus;
import vn.tdkt.notification.email.domain.EmailDelivery;
import vn.tdkt.notification.email.persistence.DeliveryRepository;
import vn.tdkt.notification.inbox.domain.InboxEntry;
import vn.tdkt.notification.inbox.persistence.InboxRepository;
import vn.tdkt.platformtest.contracts.EventMessages;

/**
 * No SMTP server at the configured address: each e-mail is retried, then recorded FAILED; after N failed calls
 * the breaker opens and further e-mails fail fast without an SMTP call. Inbox entries are created throughout.
 * When the server is back, the redelivery job sends what failed.
 */
@SpringBootTest(properties = {
        "tdkt.outbox.enabled=false",
        "spring.mail.host=127.0.0.1",
        "resilience4j.retry.instances.smtp.max-attempts=2",
        "resilience4j.retry.instances.smtp.wait-duration=20ms",
        "resilience4j.circuitbreaker.instances.smtp.sliding-window-size=4",
        "resilience4j.circuitbreaker.instances.smtp.minimum-number-of-calls=4",
        "resilience4j.circuitbreaker.instances.smtp.automatic-transition-from-open-to-half-open-enabled=false",
        "tdkt.notification.email.redelivery-delay=PT0S"})
@Import(TestChannelBinderConfiguration.class)
class SmtpOutageTest {

    static final int DEAD_SMTP_PORT = freePort();

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> DEAD_SMTP_PORT);
    }

    @Autowired @Qualifier("planEvents") Consumer<Message<byte[]>> planEvents;
    @Autowired @Qualifier("nominationEvents") Consumer<Message<byte[]>> nominationEvents;
    @Autowired InboxRepository inbox;
    @Autowired DeliveryRepository deliveries;
    @Autowired EmailDeliveryService emailDeliveries;
    @Autowired CircuitBreakerRegistry circuitBreakers;

    @Test
    void failuresAreRetriedRecordedAndOpenTheBreakerWhileTheInboxKeepsWorking() throws Exception {
        CircuitBreaker breaker = circuitBreakers.circuitBreaker(SmtpGateway.BACKEND);
        assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);

        // when: two e-mails (overdue + escalation), each tried twice = 4 failed SMTP calls
        Message<byte[]> overdue = EventMessages.fixture(EventTypes.TASK_OVERDUE, "task-late", 4);
        planEvents.accept(overdue);

        // then
        List<InboxEntry> overdueEntries = inbox.findBySourceEvent(idOf(overdue));
        assertThat(overdueEntries).hasSize(2);
        assertThat(overdueEntries).allSatisfy(entry -> {
            EmailDelivery delivery = deliveries.findById(entry.id()).orElseThrow();
            assertThat(delivery.status()).isEqualTo(DeliveryStatus.FAILED);
            assertThat(delivery.attempts()).isEqualTo(2);
            assertThat(delivery.lastError()).contains("MailSendException");
            assertThat(delivery.nextAttemptAt()).isNotNull();
        });
        assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThat(breaker.getMetrics().getNumberOfFailedCalls()).isEqualTo(4);

        // when: the breaker is open
        Message<byte[]> appraised = EventMessages.fixture(EventTypes.DOSSIER_APPRAISED, "dossier-1", 2);
        long started = System.nanoTime();
        nominationEvents.accept(appraised);
        long elapsedMillis = (System.nanoTime() - started) / 1_000_000;

        // then: fail fast, no SMTP attempt, inbox entry still there
        InboxEntry appraisedEntry = inbox.findBySourceEvent(idOf(appraised)).get(0);
        EmailDelivery notAttempted = deliveries.findById(appraisedEntry.id()).orElseThrow();
        assertThat(notAttempted.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(notAttempted.attempts()).isZero();
        assertThat(notAttempted.lastError()).contains("CallNotPermittedException");
        assertThat(breaker.getMetrics().getNumberOfNotPermittedCalls()).isEqualTo(1);
        assertThat(elapsedMillis).isLessThan(3_000);

        // when: the mail server is back and the breaker lets calls through again
        GreenMail smtp = new GreenMail(new ServerSetup(DEAD_SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            breaker.transitionToClosedState();
            int sent = emailDeliveries.redeliverDue();

            // then: the redelivery job sends all three
            assertThat(sent).isEqualTo(3);
            assertThat(smtp.waitForIncomingEmail(5_000, 3)).isTrue();
            assertThat(deliveries.findById(appraisedEntry.id()).orElseThrow())
                    .satisfies(delivery -> {
                        assertThat(delivery.status()).isEqualTo(DeliveryStatus.SENT);
                        assertThat(delivery.attempts()).isEqualTo(1);
                        assertThat(delivery.lastError()).isNull();
                    });
            assertThat(deliveries.findById(overdueEntries.get(0).id()).orElseThrow().attempts()).isEqualTo(3);
            assertThat(emailDeliveries.redeliverDue()).isZero();
        } finally {
            smtp.stop();
        }
    }

    private static String idOf(Message<byte[]> message) {
        return String.valueOf(message.getHeaders().get(CloudEventHeaders.ID));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
