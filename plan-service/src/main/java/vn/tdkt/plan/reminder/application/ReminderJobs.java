package vn.tdkt.plan.reminder.application;

import java.time.Duration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.tdkt.platform.scheduling.LockedJob;

/**
 * Runs the due scan every {@code tdkt.reminder.scan-interval} (default one minute) on one instance at a time. The
 * lock only saves work: correctness does not depend on it (see {@link ReminderScanner}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "tdkt.reminder", name = "scheduled", havingValue = "true", matchIfMissing = true)
class ReminderJobs {

    @Bean
    LockedJob reminderScan(ReminderScanner scanner, ReminderProperties properties) {
        return LockedJob.every("reminder-scan", properties.scanInterval(), Duration.ofSeconds(10), scanner::scan);
    }
}
