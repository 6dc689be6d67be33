package vn.tdkt.nomination.revocation.application;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import lombok.RequiredArgsConstructor;

/** Runs {@link RevocationCompletion#completeAbandoned} on one instance at a time (ShedLock). */
@Component
@ConditionalOnProperty(prefix = "tdkt.nomination.revocation", name = "completion-scheduled", havingValue = "true",
        matchIfMissing = true)
@RequiredArgsConstructor
public class RevocationCompletionJob {

    private final RevocationCompletion completion;

    @Scheduled(fixedDelayString = "${tdkt.nomination.revocation.completion-interval:PT1M}",
            initialDelayString = "PT40S")
    @SchedulerLock(name = "revocation-completion", lockAtMostFor = "PT10M")
    public void run() {
        completion.completeAbandoned();
    }
}
