package vn.tdkt.notification.email.application;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * E-mail delivery settings ({@code tdkt.notification.email.*}).
 *
 * @param enabled               false records every e-mail as SKIPPED (the inbox still works)
 * @param from                  sender address
 * @param redeliveryDelay       how long a FAILED delivery waits before the redelivery job tries it again
 * @param redeliveryMaxAttempts SMTP attempts after which a FAILED delivery is no longer retried
 * @param redeliveryBatchSize   deliveries retried per job run at most
 */
@ConfigurationProperties("tdkt.notification.email")
public record EmailProperties(Boolean enabled, String from, Duration redeliveryDelay, Integer redeliveryMaxAttempts,
        Integer redeliveryBatchSize) {

    public EmailProperties {
        enabled = enabled == null || enabled;
        from = from == null || from.isBlank() ? "tdkt-noreply@sonla.gov.vn" : from;
        redeliveryDelay = redeliveryDelay == null ? Duration.ofMinutes(5) : redeliveryDelay;
        redeliveryMaxAttempts = redeliveryMaxAttempts == null ? 12 : redeliveryMaxAttempts;
        redeliveryBatchSize = redeliveryBatchSize == null ? 50 : redeliveryBatchSize;
    }
}
