package vn.tdkt.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
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
import vn.tdkt.platformtest.service.ServiceTest;

/**
 * The mail server is down: the consumer records the notices anyway (nothing waits on SMTP), each round is retried
 * then rescheduled, the breaker opens after the configured failed calls and then makes no call at all (the e-mails
 * wait without counting rounds); when the server is back and the breaker's wait is over on the clock, everything is
 * sent.
 */
@TestPropertySource(properties = {
        "tdkt.notification.dispatch.enabled=false",
        "tdkt.notification.digest.enabled=false",
        "tdkt.notification.escalation.enabled=false",
        "tdkt.notification.dispatch.first-retry=PT10S",
        "tdkt.notification.dispatch.breaker-pause=PT5S",
        "resilience4j.retry.configs.smtp.max-attempts=2",
        "resilience4j.retry.configs.smtp.wait-duration=10ms",
        "resilience4j.circuitbreaker.configs.smtp.sliding-window-size=4",
        "resilience4j.circuitbreaker.configs.smtp.minimum-number-of-calls=4",
        "resilience4j.circuitbreaker.configs.smtp.wait-duration-in-open-state=60s",
        "resilience4j.circuitbreaker.configs.smtp.permitted-number-of-calls-in-half-open-state=1"})
class SmtpOutageTest extends ServiceTest {

    static final int SMTP_PORT = freePort();

    @DynamicPropertySource
    static void deadSmtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    @Autowired @Qualifier("planEvents") Consumer<Message<byte[]>> planEvents;
    @Autowired DeliveryDispatcher dispatcher;
    @Autowired DeliveryStore deliveries;
    @Autowired Breakers breakers;

    @Test
    void mailKeepsWaitingBehindAnOpenBreakerAndGoesOutWhenTheServerIsBack() throws Exception {
        clock.set(LocalDateTime.of(2025, 6, 23, 10, 0));
        CircuitBreaker breaker = breakers.smtp();
        AtomicInteger refused = new AtomicInteger();
        breaker.getEventPublisher().onCallNotPermitted(event -> refused.incrementAndGet());
        List<String> units = List.of("MA" + suffix(), "MB" + suffix(), "MC" + suffix());
        PlanFeed.unitsWithDesk(planEvents, units, "tdkt");

        // when: three reminders while the mail server is down
        List<String> events = PlanFeed.taskDueTo(planEvents, units);
        dispatcher.dispatchDue();

        // then: two rounds of two failed calls opened the breaker; the third e-mail was not even tried
        assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);
        List<Delivery> emails = emails(events);
        assertThat(emails).extracting(Delivery::attempts).containsExactlyInAnyOrder(2, 2, 0);
        assertThat(emails).allSatisfy(d -> assertThat(d.status()).isEqualTo(DeliveryStatus.PENDING));
        assertThat(refused.get()).isEqualTo(1);

        // when: the clock moves through the breaker's open minute, the dispatcher keeps running
        for (int second = 5; second < 60; second += 5) {
            clock.set(LocalDateTime.of(2025, 6, 23, 10, 0, second));
            dispatcher.dispatchDue();
        }
        // then: no call while open, nothing given up, no round counted
        assertThat(emails(events)).extracting(Delivery::attempts).containsExactlyInAnyOrder(2, 2, 0);
        assertThat(emails(events)).extracting(Delivery::rounds).containsExactlyInAnyOrder(1, 1, 0);
        assertThat(refused.get()).isGreaterThan(1);

        // when: the server is back and the breaker's wait is over
        GreenMail smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            clock.set(LocalDateTime.of(2025, 6, 23, 10, 1, 5));
            dispatcher.dispatchDue();
            dispatcher.dispatchDue();

            // then: all three sent, once
            assertThat(smtp.waitForIncomingEmail(5_000, 3)).isTrue();
            assertThat(smtp.getReceivedMessages()).hasSize(3);
            assertThat(emails(events)).allSatisfy(d -> assertThat(d.status()).isEqualTo(DeliveryStatus.SENT));
            assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
        } finally {
            smtp.stop();
        }
    }

    private List<Delivery> emails(List<String> events) {
        return events.stream().flatMap(id -> deliveries.ofSourceEvent(id).stream())
                .filter(d -> d.channel() == Channel.EMAIL).toList();
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
