package vn.tdkt.nomination.ratelimit.application;

import java.time.Clock;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import vn.tdkt.nomination.ratelimit.persistence.RateCounterStore;
import vn.tdkt.platform.scheduling.JobsConfiguration;
import vn.tdkt.platform.scheduling.LockedJob;

/** Removes counters of past windows hourly (MongoDB's TTL index does it too; the wire server does not). */
@JobsConfiguration(prefix = "tdkt.nomination.rate-limit")
class RateLimitJobs {

    @Bean
    LockedJob rateLimitPurge(RateCounterStore counters, Clock clock) {
        return LockedJob.every("rate-limit-purge", Duration.ofHours(1), Duration.ofMinutes(5),
                () -> counters.purge(clock.instant()));
    }
}
