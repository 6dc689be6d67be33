package vn.tdkt.nomination.sla.application;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import lombok.RequiredArgsConstructor;

/**
 * Runs the SLA scan every {@code tdkt.nomination.sla.scan-interval} on one instance at a time (ShedLock). The lock
 * only saves work; exactly-once comes from the version-guarded saves (see {@link SlaScanner}).
 */
@Component
@ConditionalOnProperty(prefix = "tdkt.nomination.sla", name = "scheduled", havingValue = "true", matchIfMissing = true)
@RequiredArgsConstructor
public class SlaScheduler {

    private final SlaScanner scanner;

    @Scheduled(fixedDelayString = "${tdkt.nomination.sla.scan-interval:PT5M}", initialDelayString = "PT20S")
    @SchedulerLock(name = "dossier-sla-scan", lockAtMostFor = "PT10M")
    public void run() {
        scanner.scan();
    }
}
