package vn.tdkt.nomination.decision.application;

import java.time.Duration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.tdkt.platform.scheduling.LockedJob;

/** Runs {@link DecisionCompletion#complete} every {@code completion-interval} on one instance at a time. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "tdkt.nomination.decision", name = "completion-scheduled", havingValue = "true",
        matchIfMissing = true)
class DecisionJobs {

    @Bean
    LockedJob decisionCompletionJob(DecisionCompletion completion, DecisionProperties properties) {
        return LockedJob.every("decision-completion", properties.completionInterval(), Duration.ofSeconds(30),
                completion::complete);
    }
}
