package vn.tdkt.nomination.council.application;

import java.time.Duration;
import org.springframework.context.annotation.Bean;
import vn.tdkt.platform.scheduling.JobsConfiguration;
import vn.tdkt.platform.scheduling.LockedJob;

/**
 * The council feature's scheduled work, each on one instance at a time (the lock only saves work, exactly once comes
 * from the version-guarded saves): the R-MEET-02 reminder scan, and finishing the audit records of sessions whose
 * close was interrupted.
 */
@JobsConfiguration(prefix = "tdkt.nomination.council")
class CouncilJobs {

    @Bean
    LockedJob councilMeetingReminders(MeetingReminders reminders, CouncilProperties properties) {
        return LockedJob.every("council-meeting-reminders", properties.meeting().scanInterval(),
                Duration.ofSeconds(30), reminders::scan);
    }

    @Bean
    LockedJob councilAuditPending(SessionAudit audit) {
        return LockedJob.every("council-audit-pending", Duration.ofMinutes(5), Duration.ofSeconds(40),
                audit::finishPending);
    }
}
