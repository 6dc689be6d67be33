package vn.tdkt.nomination.decision.application;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import lombok.RequiredArgsConstructor;

/** Runs {@link DecisionCompletion#complete} every {@code completion-interval} on one instance at a time (ShedLock). */
@Component
@ConditionalOnProperty(prefix = "tdkt.nomination.decision", name = "completion-scheduled", havingValue = "true",
        matchIfMissing = true)
@RequiredArgsConstructor
public class DecisionCompletionJob {

    private final DecisionCompletion completion;

    @Scheduled(fixedDelayString = "${tdkt.nomination.decision.completion-interval:PT1M}", initialDelayString = "PT30S")
    @SchedulerLock(name = "decision-completion", lockAtMostFor = "PT10M")
    public void run() {
        completion.complete();
    }
}
