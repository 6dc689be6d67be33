package vn.tdkt.notification.reminder.application;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.tdkt.notification.email.application.EmailDeliveryService;
import vn.tdkt.notification.inbox.application.InboxService;
import vn.tdkt.notification.inbox.domain.NotificationDraft;
import vn.tdkt.notification.inbox.domain.InboxEntry;
import vn.tdkt.platform.consumer.IdempotentConsumer;

/**
 * Turns the notifications of one event into inbox entries and then e-mails, once per event however often it is
 * delivered: the event id is claimed through {@link IdempotentConsumer}, and the inbox's unique key
 * (event, unit, kind) plus one delivery record per entry keep a re-run after a partial failure from doubling
 * anything. All inbox entries are written before any e-mail is attempted; e-mail failures are recorded, not
 * thrown.
 */
@Service
public class NotificationIntake {

    private static final Logger log = LoggerFactory.getLogger(NotificationIntake.class);

    private final IdempotentConsumer idempotentConsumer;
    private final InboxService inbox;
    private final EmailDeliveryService email;

    public NotificationIntake(IdempotentConsumer idempotentConsumer, InboxService inbox, EmailDeliveryService email) {
        this.idempotentConsumer = idempotentConsumer;
        this.inbox = inbox;
        this.email = email;
    }

    /** @return true if the event was processed now, false if it had been processed before */
    public boolean accept(String eventId, List<NotificationDraft> drafts) {
        return idempotentConsumer.runOnce(eventId, () -> {
            List<InboxEntry> entries = inbox.record(eventId, drafts);
            entries.forEach(email::deliver);
            log.debug("Event {}: {} inbox entr(ies)", eventId, entries.size());
        });
    }
}
