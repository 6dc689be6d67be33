package vn.tdkt.nomination.notice.application;

import java.time.Duration;
import org.springframework.context.annotation.Bean;
import vn.tdkt.platform.scheduling.JobsConfiguration;
import vn.tdkt.platform.scheduling.LockedJob;

/**
 * Closes public notices whose window has ended, every {@code tdkt.nomination.notice.scan-interval}, on one instance
 * at a time. The lock only saves work; exactly once comes from the version-guarded close.
 */
@JobsConfiguration(prefix = "tdkt.nomination.notice")
class NoticeJobs {

    @Bean
    LockedJob publicNoticeClose(NoticeService notices, NoticeProperties properties) {
        return LockedJob.every("public-notice-close", properties.scanInterval(), Duration.ofSeconds(25),
                notices::closeEnded);
    }
}
