package vn.tdkt.notification.delivery.application;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.retry.Retry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import vn.tdkt.notification.delivery.domain.Delivery;
import vn.tdkt.notification.webhook.application.WebhookAddresses;
import vn.tdkt.notification.webhook.application.WebhookProperties;
import vn.tdkt.notification.webhook.domain.WebhookSignature;
import vn.tdkt.notification.webhook.domain.WebhookSubscription;

/**
 * POSTs one webhook delivery: the event as a structured CloudEvent ({@code application/cloudevents+json}), signed
 * per Standard Webhooks with {@code webhook-id} (the delivery's id: the same on every retry and replay, so receivers
 * can de-duplicate), {@code webhook-timestamp} (seconds, this attempt) and {@code webhook-signature}. A 2xx is
 * success; 410 Gone stops the subscription; anything else, or no answer within the timeouts, is a failed attempt.
 */
@Component
public class WebhookGateway {

    private final HttpClient http;
    private final Breakers breakers;
    private final WebhookProperties properties;
    private final WebhookAddresses addresses;
    private final Clock clock;

    public WebhookGateway(Breakers breakers, WebhookProperties properties, WebhookAddresses addresses, Clock clock) {
        this.breakers = breakers;
        this.addresses = addresses;
        this.properties = properties;
        this.clock = clock;
        this.http = HttpClient.newBuilder()
                .connectTimeout(properties.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    public SendOutcome send(Delivery delivery, WebhookSubscription subscription) {
        CircuitBreaker breaker = breakers.webhook(subscription.id());
        Retry retry = breakers.retry(Breakers.WEBHOOK);
        AtomicInteger calls = new AtomicInteger();
        Supplier<Integer> call = () -> {
            // checked before each attempt: a name resolved again for a retry may point elsewhere by then
            requireAllowed(subscription);
            calls.incrementAndGet();
            return post(delivery, subscription);
        };
        try {
            Retry.decorateSupplier(retry, CircuitBreaker.decorateSupplier(breaker, call)).get();
            return SendOutcome.sent(calls.get());
        } catch (CallNotPermittedException open) {
            return calls.get() == 0 ? SendOutcome.notPermitted()
                    : SendOutcome.failed(calls.get(), EmailGateway.describe(open));
        } catch (WebhookAddresses.RefusedAddressException inside) {
            // no call is made to it; the round fails like any other, so the owner is told once it is disabled
            return SendOutcome.failed(calls.get(), EmailGateway.describe(inside));
        } catch (ReceiverGoneException gone) {
            return SendOutcome.gone(calls.get());
        } catch (RuntimeException failure) {
            return SendOutcome.failed(calls.get(), EmailGateway.describe(failure));
        }
    }

    private void requireAllowed(WebhookSubscription subscription) {
        try {
            addresses.requireAllowed(URI.create(subscription.url()));
        } catch (UnknownHostException unresolved) {
            throw new UncheckedIOException("webhook host unresolvable: " + unresolved.getMessage(), unresolved);
        }
    }

    private int post(Delivery delivery, WebhookSubscription subscription) {
        long timestamp = clock.instant().getEpochSecond();
        String body = delivery.body();
        HttpRequest request = HttpRequest.newBuilder(URI.create(subscription.url()))
                .timeout(properties.requestTimeout())
                .header("Content-Type", CloudEventJson.MEDIA_TYPE + "; charset=utf-8")
                .header("User-Agent", "TDKT-Notification/1.0")
                .header("webhook-id", delivery.id())
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", WebhookSignature.sign(subscription.secret(), delivery.id(), timestamp,
                        body))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        try {
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status == 410) {
                throw new ReceiverGoneException();
            }
            if (status < 200 || status >= 300) {
                throw new ReceiverRejectedException(status);
            }
            return status;
        } catch (IOException e) {
            throw new UncheckedIOException("webhook receiver unreachable: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** A non-2xx answer (retried). */
    public static final class ReceiverRejectedException extends RuntimeException {
        ReceiverRejectedException(int status) {
            super("HTTP " + status, null, false, false);
        }
    }

    /** 410 Gone: the receiver asks to stop (not retried, not counted by the breaker). */
    public static final class ReceiverGoneException extends RuntimeException {
        ReceiverGoneException() {
            super("HTTP 410 Gone", null, false, false);
        }
    }
}
