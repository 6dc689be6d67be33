package vn.tdkt.nomination.council.application;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import lombok.RequiredArgsConstructor;

/**
 * The council feature's scheduled work, each on one instance at a time (ShedLock; the lock only saves work, exactly
 * once comes from the version-guarded saves): the R-MEET-02 reminder scan, and finishing the audit records of
 * sessions whose close was interrupted.
 */
@Component
@ConditionalOnProperty(prefix = "tdkt.nomination.council", name = "scheduled", havingValue = "true",
        matchIfMissing = true)
@RequiredArgsConstructor
public class CouncilScheduler {

    private final MeetingReminders reminders;
    private final SessionAudit audit;

    @Scheduled(fixedDelayString = "${tdkt.nomination.council.meeting.scan-interval:PT1H}", initialDelayString = "PT30S")
    @SchedulerLock(name = "council-meeting-reminders", lockAtMostFor = "PT10M")
    public void remindMeetingsDue() {
        reminders.scan();
    }

    @Scheduled(fixedDelayString = "PT5M", initialDelayString = "PT40S")
    @SchedulerLock(name = "council-audit-pending", lockAtMostFor = "PT10M")
    public void finishAudit() {
        audit.finishPending();
    }
}
