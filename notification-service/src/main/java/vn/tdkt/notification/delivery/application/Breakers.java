package vn.tdkt.notification.delivery.application;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryRegistry;
import java.time.Clock;
import org.springframework.stereotype.Component;
import lombok.RequiredArgsConstructor;

/**
 * The Resilience4j instances of the delivery channels, from the named configurations {@code smtp} and
 * {@code webhook} ({@code resilience4j.circuitbreaker.configs.*}, {@code resilience4j.retry.configs.*}). Circuit
 * breakers run on the service's clock, so the wait in the open state follows the same time as everything else (a
 * test moves it by hand); one breaker per webhook subscription, so one failing receiver never holds back another.
 */
@Component
@RequiredArgsConstructor
public class Breakers {

    public static final String SMTP = "smtp";
    public static final String WEBHOOK = "webhook";

    private final CircuitBreakerRegistry circuitBreakers;
    private final RetryRegistry retries;
    private final Clock clock;

    public CircuitBreaker smtp() {
        return breaker(SMTP, SMTP);
    }

    /** The breaker of one webhook subscription. */
    public CircuitBreaker webhook(String subscriptionId) {
        return breaker(WEBHOOK + "-" + subscriptionId, WEBHOOK);
    }

    public Retry retry(String configuration) {
        return retries.retry(configuration, configuration);
    }

    private CircuitBreaker breaker(String name, String configuration) {
        return circuitBreakers.circuitBreaker(name, () -> CircuitBreakerConfig
                .from(circuitBreakers.getConfiguration(configuration).orElse(circuitBreakers.getDefaultConfig()))
                .clock(clock)
                .build());
    }
}
