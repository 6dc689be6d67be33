package vn.tdkt.plan.reminder.application;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the due scan every {@code tdkt.reminder.scan-interval} (default one minute) on one instance at a time
 * (ShedLock). The lock only saves work: correctness does not depend on it (see {@link ReminderScanner}).
 */
@Component
@ConditionalOnProperty(prefix = "tdkt.reminder", name = "scheduled", havingValue = "true", matchIfMissing = true)
public class ReminderScheduler {

    private final ReminderScanner scanner;

    public ReminderScheduler(ReminderScanner scanner) {
        this.scanner = scanner;
    }

    @Scheduled(fixedDelayString = "${tdkt.reminder.scan-interval:PT1M}", initialDelayString = "PT10S")
    @SchedulerLock(name = "reminder-scan", lockAtMostFor = "PT10M")
    public void run() {
        scanner.scan();
    }
}
