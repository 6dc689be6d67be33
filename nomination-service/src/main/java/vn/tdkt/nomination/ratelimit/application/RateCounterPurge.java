package vn.tdkt.nomination.ratelimit.application;

import java.time.Clock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.tdkt.nomination.ratelimit.persistence.RateCounterStore;
import lombok.RequiredArgsConstructor;

/** Removes counters of past windows hourly (MongoDB's TTL index does it too; the wire server does not). */
@Component
@ConditionalOnProperty(prefix = "tdkt.nomination.rate-limit", name = "scheduled", havingValue = "true",
        matchIfMissing = true)
@RequiredArgsConstructor
public class RateCounterPurge {

    private final RateCounterStore counters;
    private final Clock clock;

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    @SchedulerLock(name = "rate-limit-purge", lockAtMostFor = "PT10M")
    public void purge() {
        counters.purge(clock.instant());
    }
}
