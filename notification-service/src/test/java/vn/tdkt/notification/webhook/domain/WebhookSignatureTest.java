package vn.tdkt.notification.webhook.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    @Test
    void reproducesTheStandardWebhooksTestVector() {
        // the specification's published example (standard-webhooks reference libraries' tests)
        assertThat(WebhookSignature.sign("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "msg_p5jXN8AQM9LWM0D4loKWxJek",
                1614265330, "{\"test\": 2432232314}"))
                .isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void newSecretsAreWhsecPrefixedBase64Of32RandomBytes() {
        String secret = WebhookSignature.newSecret();
        assertThat(secret).startsWith("whsec_");
        assertThat(Base64.getDecoder().decode(secret.substring(6))).hasSize(32);
        assertThat(WebhookSignature.newSecret()).isNotEqualTo(secret);
    }

    @Test
    void aSubscriptionIsDisabledAfterTheConfiguredFailuresInARowAndASuccessStartsTheCountAgain() {
        Instant now = Instant.parse("2025-06-23T02:00:00Z");
        WebhookSubscription subscription = WebhookSubscription.create("s1", "SGDDT", SubscriptionAudience.UNIT,
                "https://x.vn/h", Set.of("task-due"), null, WebhookSignature.newSecret(), SubscriptionOrigin.API,
                "u", now);
        subscription.recordFailure(3, "HTTP 500", now);
        subscription.recordFailure(3, "HTTP 500", now);
        subscription.recordSuccess();
        subscription.recordFailure(3, "HTTP 500", now);
        subscription.recordFailure(3, "HTTP 500", now);
        assertThat(subscription.isActive()).isTrue();
        subscription.recordFailure(3, "HTTP 503", now);
        assertThat(subscription.isActive()).isFalse();
        assertThat(subscription.disabledReason()).isEqualTo("CONSECUTIVE_FAILURES: HTTP 503");
        assertThat(subscription.receives("task-due", Set.of("SGDDT"))).isFalse();
        subscription.enable(now);
        assertThat(subscription.receives("task-due", Set.of("SGDDT"))).isTrue();
        assertThat(subscription.receives("task-due", Set.of("SYT"))).as("another unit's event").isFalse();
        assertThat(subscription.receives("report-due", Set.of("SGDDT"))).as("not subscribed").isFalse();
    }
}
