package vn.tdkt.reporting.statistics.application;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import vn.tdkt.platform.scheduling.JobsConfiguration;
import vn.tdkt.platform.scheduling.LockedJob;

/**
 * Opens the current year's statistical report duty (due 15/12) at start-up and every night at 00:10, so its reminder
 * ladder runs like any report's. Idempotent; the lock only saves work.
 */
@JobsConfiguration(prefix = "tdkt.reporting.statistics")
class StatisticsJobs {

    @Bean
    ApplicationListener<ApplicationReadyEvent> statisticsDutyAtStart(StatisticsService statistics, Clock clock) {
        return ready -> statistics.ensureYearlyDuty(LocalDate.now(clock).getYear());
    }

    @Bean
    LockedJob statisticsDuty(StatisticsService statistics, Clock clock) {
        return LockedJob.cron("statistics-duty", "0 10 0 * * *", clock.getZone(),
                () -> statistics.ensureYearlyDuty(LocalDate.now(clock).getYear()))
                .withLockAtMostFor(Duration.ofMinutes(5));
    }
}
