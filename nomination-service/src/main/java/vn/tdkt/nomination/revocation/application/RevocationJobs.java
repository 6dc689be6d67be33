package vn.tdkt.nomination.revocation.application;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import vn.tdkt.platform.scheduling.JobsConfiguration;
import vn.tdkt.platform.scheduling.LockedJob;

/** Runs {@link RevocationCompletion#completeAbandoned} every {@code completion-interval} on one instance at a time. */
@JobsConfiguration(prefix = "tdkt.nomination.revocation", switchName = "completion-scheduled")
class RevocationJobs {

    @Bean
    LockedJob revocationCompletionJob(RevocationCompletion completion,
            @Value("${tdkt.nomination.revocation.completion-interval:PT1M}") Duration interval) {
        return LockedJob.every("revocation-completion", interval, Duration.ofSeconds(40),
                completion::completeAbandoned);
    }
}
