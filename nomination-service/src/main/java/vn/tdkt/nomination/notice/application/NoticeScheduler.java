package vn.tdkt.nomination.notice.application;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import lombok.RequiredArgsConstructor;

/**
 * Closes public notices whose window has ended, every {@code tdkt.nomination.notice.scan-interval}, on one instance
 * at a time (ShedLock). The lock only saves work; exactly once comes from the version-guarded close.
 */
@Component
@ConditionalOnProperty(prefix = "tdkt.nomination.notice", name = "scheduled", havingValue = "true",
        matchIfMissing = true)
@RequiredArgsConstructor
public class NoticeScheduler {

    private final NoticeService notices;

    @Scheduled(fixedDelayString = "${tdkt.nomination.notice.scan-interval:PT15M}", initialDelayString = "PT25S")
    @SchedulerLock(name = "public-notice-close", lockAtMostFor = "PT10M")
    public void closeEnded() {
        notices.closeEnded();
    }
}
