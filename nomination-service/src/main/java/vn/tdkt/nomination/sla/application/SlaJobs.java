package vn.tdkt.nomination.sla.application;

import java.time.Duration;
import org.springframework.context.annotation.Bean;
import vn.tdkt.platform.scheduling.JobsConfiguration;
import vn.tdkt.platform.scheduling.LockedJob;

/**
 * Runs the SLA scan every {@code tdkt.nomination.sla.scan-interval} on one instance at a time. The lock only saves
 * work; exactly once comes from the version-guarded saves (see {@link SlaScanner}).
 */
@JobsConfiguration(prefix = "tdkt.nomination.sla")
class SlaJobs {

    @Bean
    LockedJob dossierSlaScan(SlaScanner scanner, SlaProperties properties) {
        return LockedJob.every("dossier-sla-scan", properties.scanInterval(), Duration.ofSeconds(20), scanner::scan);
    }
}
