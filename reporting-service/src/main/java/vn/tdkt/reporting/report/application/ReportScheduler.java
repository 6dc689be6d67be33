package vn.tdkt.reporting.report.application;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the report ladder scan every {@code tdkt.reporting.report.scan-interval} on one instance at a time (ShedLock).
 * The lock only saves work: correctness does not depend on it (see {@link ReportLadderScanner}).
 */
@Component
@ConditionalOnProperty(prefix = "tdkt.reporting.report", name = "scheduled", havingValue = "true",
        matchIfMissing = true)
public class ReportScheduler {

    private final ReportLadderScanner scanner;

    public ReportScheduler(ReportLadderScanner scanner) {
        this.scanner = scanner;
    }

    @Scheduled(fixedDelayString = "${tdkt.reporting.report.scan-interval:PT1M}", initialDelayString = "PT15S")
    @SchedulerLock(name = "report-ladder-scan", lockAtMostFor = "PT10M")
    public void run() {
        scanner.scan();
    }
}
