package vn.tdkt.nomination.decision.application;

import java.time.Duration;
import org.springframework.context.annotation.Bean;
import vn.tdkt.platform.scheduling.JobsConfiguration;
import vn.tdkt.platform.scheduling.LockedJob;

/** Runs {@link DecisionCompletion#complete} every {@code completion-interval} on one instance at a time. */
@JobsConfiguration(prefix = "tdkt.nomination.decision", switchName = "completion-scheduled")
class DecisionJobs {

    @Bean
    LockedJob decisionCompletionJob(DecisionCompletion completion, DecisionProperties properties) {
        return LockedJob.every("decision-completion", properties.completionInterval(), Duration.ofSeconds(30),
                completion::complete);
    }
}
