package vn.tdkt.notification.escalation.application;

import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.tdkt.platform.scheduling.LockedJob;

/** The escalation scan every {@code tdkt.notification.escalation.scan-interval}, one instance at a time. */
@Configuration(proxyBeanMethods = false)
class EscalationJobs {

    @Bean
    LockedJob escalationScan(EscalationService escalation, EscalationProperties properties) {
        return LockedJob.every("notification-escalation-scan", properties.scanInterval(), Duration.ZERO,
                escalation::scheduled);
    }
}
