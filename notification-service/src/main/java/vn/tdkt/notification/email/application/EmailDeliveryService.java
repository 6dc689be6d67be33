package vn.tdkt.notification.email.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.tdkt.notification.email.domain.DeliveryStatus;
import vn.tdkt.notification.email.domain.EmailComposer;
import vn.tdkt.notification.email.domain.EmailDelivery;
import vn.tdkt.notification.email.persistence.DeliveryRepository;
import vn.tdkt.notification.inbox.domain.InboxEntry;
import vn.tdkt.platform.web.paging.PageQuery;
import vn.tdkt.platform.web.paging.PageResponse;
import vn.tdkt.notification.recipient.application.RecipientDirectory;
import vn.tdkt.notification.recipient.domain.Recipient;

/**
 * Sends the e-mail of an inbox entry, once, and records the result in the delivery log (SENT, FAILED with the
 * last error, or SKIPPED when e-mail is off or the unit has no address). Failures never propagate: the inbox
 * entry already exists, and the redelivery job tries FAILED e-mails again later.
 */
@Service
public class EmailDeliveryService {

    static final String DISABLED = "Chức năng gửi e-mail đang tắt (tdkt.notification.email.enabled=false)";
    static final String NO_ADDRESS = "Đơn vị chưa khai báo địa chỉ e-mail nhận thông báo";

    private final DeliveryRepository deliveries;
    private final RecipientDirectory recipients;
    private final SmtpGateway smtp;
    private final EmailProperties properties;
    private final Clock clock;

    public EmailDeliveryService(DeliveryRepository deliveries, RecipientDirectory recipients, SmtpGateway smtp,
            EmailProperties properties, Clock clock) {
        this.deliveries = deliveries;
        this.recipients = recipients;
        this.smtp = smtp;
        this.properties = properties;
        this.clock = clock;
    }

    /** @return the delivery log record, or empty if this entry's e-mail had already been handled */
    public Optional<EmailDelivery> deliver(InboxEntry entry) {
        Instant now = clock.instant();
        if (!properties.enabled()) {
            return insert(EmailDelivery.skipped(entry.id(), entry.unitCode(), entry.kind(), DISABLED, now));
        }
        Optional<Recipient> recipient = recipients.lookup(entry.unitCode());
        if (recipient.isEmpty()) {
            return insert(EmailDelivery.skipped(entry.id(), entry.unitCode(), entry.kind(), NO_ADDRESS, now));
        }
        String to = recipient.get().addressFor(entry.kind().addressedToHead());
        EmailDelivery pending = EmailDelivery.pending(entry.id(), entry.unitCode(), entry.kind(),
                EmailComposer.compose(entry, to), now);
        return insert(pending).map(this::attempt);
    }

    /** Tries the FAILED deliveries that are due again. @return how many were sent now */
    public int redeliverDue() {
        List<EmailDelivery> due = deliveries.findDueForRetry(clock.instant(), properties.redeliveryMaxAttempts(),
                properties.redeliveryBatchSize());
        int sent = 0;
        for (EmailDelivery delivery : due) {
            if (attempt(delivery).status() == DeliveryStatus.SENT) {
                sent++;
            }
        }
        return sent;
    }

    public PageResponse<EmailDelivery> list(String unitCode, DeliveryStatus status, PageQuery page) {
        return PageResponse.of(deliveries.find(unitCode, status, page.offset(), page.size()), page,
                deliveries.count(unitCode, status));
    }

    private EmailDelivery attempt(EmailDelivery delivery) {
        SendOutcome outcome = smtp.send(delivery.message(), new AttemptCounter());
        Instant now = clock.instant();
        EmailDelivery result = outcome.sent()
                ? delivery.sent(outcome.attempts(), now)
                : delivery.failed(outcome.attempts(), outcome.error(), now, now.plus(properties.redeliveryDelay()));
        return deliveries.save(result);
    }

    private Optional<EmailDelivery> insert(EmailDelivery delivery) {
        return deliveries.insertIfAbsent(delivery) ? Optional.of(delivery) : Optional.empty();
    }
}
