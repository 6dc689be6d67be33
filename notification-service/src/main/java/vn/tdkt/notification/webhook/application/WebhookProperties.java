package vn.tdkt.notification.webhook.application;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code tdkt.notification.webhooks.*}.
 *
 * @param disableAfter   consecutive failed delivery rounds after which a subscription is disabled (its owner is told)
 * @param allowHttp      whether plain-http URLs are accepted (tests, a local stack); production requires https
 * @param connectTimeout connection timeout of a delivery
 * @param requestTimeout whole-request timeout of a delivery
 */
@ConfigurationProperties("tdkt.notification.webhooks")
public record WebhookProperties(Integer disableAfter, Boolean allowHttp, Duration connectTimeout,
        Duration requestTimeout) {

    public WebhookProperties {
        disableAfter = disableAfter == null ? 10 : disableAfter;
        allowHttp = allowHttp != null && allowHttp;
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(3) : connectTimeout;
        requestTimeout = requestTimeout == null ? Duration.ofSeconds(10) : requestTimeout;
    }
}
