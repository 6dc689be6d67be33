package vn.tdkt.notification.escalation.application;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code tdkt.notification.escalation.*}: the chain's offsets in days after the due date, and its scan.
 *
 * @param enabled false stops the scheduled scan (tests drive it)
 */
@ConfigurationProperties("tdkt.notification.escalation")
public record EscalationProperties(Integer headAfterDays, Integer parentAfterDays, Duration scanInterval,
        Boolean enabled) {

    public EscalationProperties {
        headAfterDays = headAfterDays == null ? 7 : headAfterDays;
        parentAfterDays = parentAfterDays == null ? 14 : parentAfterDays;
        scanInterval = scanInterval == null ? Duration.ofMinutes(5) : scanInterval;
        enabled = enabled == null || enabled;
    }
}
