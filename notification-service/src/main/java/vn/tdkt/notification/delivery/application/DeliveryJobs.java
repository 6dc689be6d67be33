package vn.tdkt.notification.delivery.application;

import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.tdkt.platform.scheduling.LockedJob;

/**
 * The daily digest's poll every {@code tdkt.notification.digest.poll-interval}, one instance at a time. (Sending is
 * not a locked job: every instance's dispatcher claims deliveries of its own, see {@link DeliveryDispatcher}.)
 */
@Configuration(proxyBeanMethods = false)
class DeliveryJobs {

    @Bean
    LockedJob dailyDigest(DigestService digests, NotificationProperties properties) {
        return LockedJob.every("notification-daily-digest", properties.digest().pollInterval(), Duration.ZERO,
                digests::scheduled);
    }
}
