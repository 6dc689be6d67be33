package vn.tdkt.nomination.notice.application;

import java.time.Duration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.tdkt.platform.scheduling.LockedJob;

/**
 * Closes public notices whose window has ended, every {@code tdkt.nomination.notice.scan-interval}, on one instance
 * at a time. The lock only saves work; exactly once comes from the version-guarded close.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "tdkt.nomination.notice", name = "scheduled", havingValue = "true",
        matchIfMissing = true)
class NoticeJobs {

    @Bean
    LockedJob publicNoticeClose(NoticeService notices, NoticeProperties properties) {
        return LockedJob.every("public-notice-close", properties.scanInterval(), Duration.ofSeconds(25),
                notices::closeEnded);
    }
}
