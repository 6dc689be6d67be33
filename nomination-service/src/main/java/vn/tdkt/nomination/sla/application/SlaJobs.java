package vn.tdkt.nomination.sla.application;

import java.time.Duration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.tdkt.platform.scheduling.LockedJob;

/**
 * Runs the SLA scan every {@code tdkt.nomination.sla.scan-interval} on one instance at a time. The lock only saves
 * work; exactly once comes from the version-guarded saves (see {@link SlaScanner}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "tdkt.nomination.sla", name = "scheduled", havingValue = "true", matchIfMissing = true)
class SlaJobs {

    @Bean
    LockedJob dossierSlaScan(SlaScanner scanner, SlaProperties properties) {
        return LockedJob.every("dossier-sla-scan", properties.scanInterval(), Duration.ofSeconds(20), scanner::scan);
    }
}
