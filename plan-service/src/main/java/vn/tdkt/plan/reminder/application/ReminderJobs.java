package vn.tdkt.plan.reminder.application;

import java.time.Duration;
import org.springframework.context.annotation.Bean;
import vn.tdkt.platform.scheduling.JobsConfiguration;
import vn.tdkt.platform.scheduling.LockedJob;

/**
 * Runs the due scan every {@code tdkt.reminder.scan-interval} (default one minute) on one instance at a time. The
 * lock only saves work: correctness does not depend on it (see {@link ReminderScanner}).
 */
@JobsConfiguration(prefix = "tdkt.reminder")
class ReminderJobs {

    @Bean
    LockedJob reminderScan(ReminderScanner scanner, ReminderProperties properties) {
        return LockedJob.every("reminder-scan", properties.scanInterval(), Duration.ofSeconds(10), scanner::scan);
    }
}
