package vn.tdkt.reporting.statistics.application;

import java.time.Clock;
import java.time.LocalDate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Opens the current year's statistical report duty (due 15/12) at start-up and every night, so its reminder ladder
 * runs like any report's. Idempotent; the lock only saves work.
 */
@Component
@ConditionalOnProperty(prefix = "tdkt.reporting.statistics", name = "scheduled", havingValue = "true",
        matchIfMissing = true)
public class StatisticsScheduler {

    private final StatisticsService statistics;
    private final Clock clock;

    public StatisticsScheduler(StatisticsService statistics, Clock clock) {
        this.statistics = statistics;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void onStart() {
        statistics.ensureYearlyDuty(LocalDate.now(clock).getYear());
    }

    @Scheduled(cron = "0 10 0 * * *", zone = "Asia/Ho_Chi_Minh")
    @SchedulerLock(name = "statistics-duty", lockAtMostFor = "PT5M")
    public void nightly() {
        statistics.ensureYearlyDuty(LocalDate.now(clock).getYear());
    }
}
