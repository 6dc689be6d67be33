package vn.tdkt.notification.webhook.application;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code tdkt.notification.webhooks.*}.
 *
 * @param disableAfter   consecutive failed delivery rounds after which a subscription is disabled (its owner is told)
 * @param allowHttp      whether plain-http URLs are accepted (tests, a local stack); production requires https
 * @param connectTimeout connection timeout of a delivery
 * @param requestTimeout whole-request timeout of a delivery
 * @param allowedNetworks networks (CIDR, e.g. {@code 10.20.0.0/16}) that webhooks may reach although they are
 *                        loopback or private ranges: the province's intranet; none by default
 */
@ConfigurationProperties("tdkt.notification.webhooks")
public record WebhookProperties(Integer disableAfter, Boolean allowHttp, Duration connectTimeout,
        Duration requestTimeout, List<String> allowedNetworks) {

    public WebhookProperties {
        disableAfter = disableAfter == null ? 10 : disableAfter;
        allowHttp = allowHttp != null && allowHttp;
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(3) : connectTimeout;
        requestTimeout = requestTimeout == null ? Duration.ofSeconds(10) : requestTimeout;
        allowedNetworks = allowedNetworks == null ? List.of()
                : allowedNetworks.stream().filter(network -> network != null && !network.isBlank()).map(String::trim)
                        .toList();
    }
}
