package vn.tdkt.notification.email.application;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Periodically re-sends FAILED e-mails (on one instance at a time). */
@Component
class EmailRedeliveryJob {

    private static final Logger log = LoggerFactory.getLogger(EmailRedeliveryJob.class);

    private final EmailDeliveryService deliveries;

    EmailRedeliveryJob(EmailDeliveryService deliveries) {
        this.deliveries = deliveries;
    }

    @Scheduled(fixedDelayString = "${tdkt.notification.email.redelivery-interval:PT5M}",
            initialDelayString = "${tdkt.notification.email.redelivery-interval:PT5M}")
    @SchedulerLock(name = "notification-email-redelivery", lockAtMostFor = "PT10M")
    public void run() {
        int sent = deliveries.redeliverDue();
        if (sent > 0) {
            log.info("Redelivered {} e-mail(s)", sent);
        }
    }
}
