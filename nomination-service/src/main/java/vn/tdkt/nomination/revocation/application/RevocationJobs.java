package vn.tdkt.nomination.revocation.application;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.tdkt.platform.scheduling.LockedJob;

/** Runs {@link RevocationCompletion#completeAbandoned} every {@code completion-interval} on one instance at a time. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "tdkt.nomination.revocation", name = "completion-scheduled", havingValue = "true",
        matchIfMissing = true)
class RevocationJobs {

    @Bean
    LockedJob revocationCompletionJob(RevocationCompletion completion,
            @Value("${tdkt.nomination.revocation.completion-interval:PT1M}") Duration interval) {
        return LockedJob.every("revocation-completion", interval, Duration.ofSeconds(40),
                completion::completeAbandoned);
    }
}
