package vn.tdkt.reporting.report.application;

import java.time.Duration;
import org.springframework.context.annotation.Bean;
import vn.tdkt.platform.scheduling.JobsConfiguration;
import vn.tdkt.platform.scheduling.LockedJob;

/**
 * Runs the report ladder scan every {@code tdkt.reporting.report.scan-interval} on one instance at a time. The lock
 * only saves work: correctness does not depend on it (see {@link ReportLadderScanner}).
 */
@JobsConfiguration(prefix = "tdkt.reporting.report")
class ReportJobs {

    @Bean
    LockedJob reportLadderScan(ReportLadderScanner scanner, ReportProperties properties) {
        return LockedJob.every("report-ladder-scan", properties.scanInterval(), Duration.ofSeconds(15), scanner::scan);
    }
}
