package vn.tdkt.nomination.ratelimit.application;

import java.time.Clock;
import java.time.Duration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.tdkt.nomination.ratelimit.persistence.RateCounterStore;
import vn.tdkt.platform.scheduling.LockedJob;

/** Removes counters of past windows hourly (MongoDB's TTL index does it too; the wire server does not). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "tdkt.nomination.rate-limit", name = "scheduled", havingValue = "true",
        matchIfMissing = true)
class RateLimitJobs {

    @Bean
    LockedJob rateLimitPurge(RateCounterStore counters, Clock clock) {
        return LockedJob.every("rate-limit-purge", Duration.ofHours(1), Duration.ofMinutes(5),
                () -> counters.purge(clock.instant()));
    }
}
