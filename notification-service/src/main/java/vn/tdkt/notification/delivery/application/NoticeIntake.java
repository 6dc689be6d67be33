package vn.tdkt.notification.delivery.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import vn.tdkt.notification.delivery.domain.Delivery;
import vn.tdkt.notification.delivery.domain.DeliveryDraft;
import vn.tdkt.notification.delivery.domain.DeliveryIds;
import vn.tdkt.notification.delivery.persistence.DeliveryStore;
import vn.tdkt.notification.directory.application.Directory;
import vn.tdkt.notification.inbox.application.InboxService;
import vn.tdkt.notification.inbox.domain.InboxEntry;
import vn.tdkt.notification.notice.domain.Channel;
import vn.tdkt.notification.notice.domain.EventNotices;
import vn.tdkt.notification.notice.domain.Notice;
import vn.tdkt.notification.notice.domain.RecipientRef;
import vn.tdkt.notification.preference.application.PreferenceService;
import vn.tdkt.notification.preference.domain.Preferences;
import vn.tdkt.notification.template.application.TemplateRenderer;
import vn.tdkt.notification.template.domain.Rendered;
import vn.tdkt.notification.webhook.application.WebhookService;
import vn.tdkt.notification.webhook.domain.WebhookSubscription;
import vn.tdkt.platform.domain.DomainException;
import vn.tdkt.platform.domain.Versioned;
import lombok.RequiredArgsConstructor;

/**
 * Records what an event means as deliveries, on the consumer's thread, without sending anything (a slow mail server
 * must never hold a poll past its limit): for each notice, per the recipient's preferences, an inbox entry (written
 * now: a database write) and an e-mail (PENDING for the dispatcher, deferred by quiet hours, held for the daily
 * digest, merged with an equivalent one, or SKIPPED when the registry knows no address); and for each webhook
 * subscription that receives the event, a PENDING webhook delivery.
 *
 * <p>Idempotent without a processed-events claim: every delivery's id is deterministic per (source event,
 * recipient, channel), so an event delivered again, or processed again after a crash half-way, finds what it
 * recorded before (a duplicate key) and adds only what is missing. A processed-events claim taken first would lose
 * the rest of the notices if the process died after the claim.
 */
@Service
@RequiredArgsConstructor
public class NoticeIntake {

    static final String NO_ADDRESS = "Danh mục đơn vị chưa có địa chỉ e-mail của người nhận";
    static final String EMAIL_OFF = "Chức năng gửi e-mail đang tắt (tdkt.notification.email.enabled=false)";

    private static final Logger log = LoggerFactory.getLogger(NoticeIntake.class);

    private final DeliveryStore deliveries;
    private final PreferenceService preferences;
    private final Directory directory;
    private final TemplateRenderer renderer;
    private final InboxService inbox;
    private final WebhookService webhooks;
    private final DeliveryPolicy policy;
    private final DispatchTrigger dispatch;
    private final Clock clock;

    /** An inbound event: its notices, and the event itself to each webhook subscription that receives it. */
    public void record(SourceEvent event, EventNotices notices) {
        recordNotices(event.id(), event.type(), notices.notices());
        boolean urgent = notices.notices().stream().anyMatch(notice -> policy.isUrgent(notice.kind()));
        forward(event, notices.concernedUnits(), urgent);
        dispatch.kick();
    }

    /**
     * Notices that do not come straight from one inbound event (an escalation step, a disabled webhook): their
     * {@code sourceId} names what caused them, deterministically, so that whichever instance or trigger records
     * them, they are recorded once.
     */
    public void recordNotices(String sourceId, String sourceType, List<Notice> notices) {
        for (Notice notice : notices) {
            Preferences chosen = preferences.forRecipient(notice.recipient());
            Set<Channel> channels = chosen.channelsFor(notice.kind());
            if (channels.contains(Channel.INBOX) && notice.recipient().hasInbox()) {
                record(sourceId, sourceType, notice, chosen, Channel.INBOX);
            }
            if (channels.contains(Channel.EMAIL)) {
                record(sourceId, sourceType, notice, chosen, Channel.EMAIL);
            }
        }
        if (!notices.isEmpty()) {
            dispatch.kick();
        }
    }

    /** One notice on one channel, unless its delivery (id derived from source, recipient, channel) exists. */
    private void record(String sourceId, String sourceType, Notice notice, Preferences chosen, Channel channel) {
        String id = DeliveryIds.of(sourceId, notice.recipient().key(), channel);
        if (deliveries.exists(id)) {
            return;
        }
        Instant now = clock.instant();
        Rendered text = renderer.render(notice.kind(), chosen.language(), notice.model());
        switch (channel) {
            case INBOX -> recordInbox(id, sourceId, sourceType, notice, chosen, text, now);
            case EMAIL -> recordEmail(id, sourceId, sourceType, notice, chosen, text, now);
            default -> throw new IllegalArgumentException("A notice is recorded for the inbox or e-mail, not " + channel);
        }
    }

    private void recordInbox(String id, String sourceId, String sourceType, Notice notice, Preferences chosen,
            Rendered text, Instant now) {
        RecipientRef recipient = notice.recipient();
        DeliveryDraft draft = draft(id, Channel.INBOX, sourceId, sourceType, notice, chosen, recipient.unitCode(),
                text, now);
        Optional<Versioned<Delivery>> earlier = equivalent(draft, now);
        if (earlier.isPresent()) {
            // the inbox entry of the earlier notice shows the newer text and is unread again
            inbox.absorb(earlier.get().value().id(), id, text.subject(), text.body(), now);
            deliveries.insertIfAbsent(Delivery.merged(draft, earlier.get().value().id()));
            return;
        }
        inbox.deliver(new InboxEntry(id, recipient.unitCode(), notice.kind(), recipient.audience(), text.subject(),
                text.body(), notice.reference(), sourceId, now, now, null, 0));
        deliveries.insertIfAbsent(Delivery.inboxWritten(draft));
    }

    private void recordEmail(String id, String sourceId, String sourceType, Notice notice, Preferences chosen,
            Rendered text, Instant now) {
        String address = directory.emailOf(notice.recipient()).orElse(null);
        DeliveryDraft draft = draft(id, Channel.EMAIL, sourceId, sourceType, notice, chosen, address, text, now);
        if (!policy.properties().email().enabled()) {
            deliveries.insertIfAbsent(Delivery.skipped(draft, EMAIL_OFF));
            return;
        }
        if (address == null) {
            deliveries.insertIfAbsent(Delivery.skipped(draft, NO_ADDRESS));
            return;
        }
        Optional<Versioned<Delivery>> earlier = equivalent(draft, now);
        if (earlier.isPresent()) {
            absorbInto(earlier.get(), draft, now);
            deliveries.insertIfAbsent(Delivery.merged(draft, earlier.get().value().id()));
            return;
        }
        boolean urgent = policy.isUrgent(notice.kind());
        if (chosen.dailyDigest() && !urgent) {
            deliveries.insertIfAbsent(Delivery.held(draft, policy.digest().dayFor(now)));
            return;
        }
        Instant notBefore = urgent || !policy.isQuiet(Channel.EMAIL) ? now : policy.quietHours().deferUntil(now);
        deliveries.insertIfAbsent(Delivery.pending(draft, notBefore));
    }

    /**
     * A waiting equivalent e-mail takes the newer text and still goes out once; one already sent (or being sent)
     * within the window means no second e-mail.
     */
    private void absorbInto(Versioned<Delivery> earlier, DeliveryDraft draft, Instant now) {
        if (!earlier.value().isWaiting(now)) {
            return;
        }
        try {
            deliveries.update(earlier.value().id(), version -> {
                if (version != earlier.version()) {
                    throw DomainException.conflict("delivery.not-waiting", earlier.value().id(), "CHANGED");
                }
            }, delivery -> delivery.absorb(draft.subject(), draft.body(), draft.id(), now));
        } catch (DomainException | OptimisticLockingFailureException claimedMeanwhile) {
            log.debug("Delivery {} was claimed while {} merged into it; the sent text stands", earlier.value().id(),
                    draft.id());
        }
    }

    private Optional<Versioned<Delivery>> equivalent(DeliveryDraft draft, Instant now) {
        if (draft.mergeKey() == null) {
            return Optional.empty();
        }
        return deliveries.latestEquivalent(draft.mergeKey(), policy.merge().windowStart(now))
                .filter(earlier -> !earlier.value().id().equals(draft.id()));
    }

    private void forward(SourceEvent event, Set<String> concernedUnits, boolean urgent) {
        List<WebhookSubscription> receivers = webhooks.receiving(event.name(), concernedUnits);
        if (receivers.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        String body = CloudEventJson.write(event);
        Instant notBefore = urgent || !policy.isQuiet(Channel.WEBHOOK) ? now : policy.quietHours().deferUntil(now);
        for (WebhookSubscription subscription : receivers) {
            String recipientKey = "webhook:" + subscription.id();
            String id = DeliveryIds.of(event.id(), recipientKey, Channel.WEBHOOK);
            DeliveryDraft draft = new DeliveryDraft(id, Channel.WEBHOOK, null, event.id(), event.type(), recipientKey,
                    subscription.ownerUnit(), subscription.url(), subscription.id(), null, urgent, null, null,
                    event.type(), body, now);
            deliveries.insertIfAbsent(Delivery.pending(draft, notBefore));
        }
    }

    private DeliveryDraft draft(String id, Channel channel, String sourceId, String sourceType, Notice notice,
            Preferences chosen, String address, Rendered text, Instant now) {
        RecipientRef recipient = notice.recipient();
        return new DeliveryDraft(id, channel, notice.kind(), sourceId, sourceType, recipient.key(),
                recipient.unitCode(), address, null, chosen.language(), policy.isUrgent(notice.kind()),
                notice.reference(), policy.merge().key(recipient.key(), channel, notice.kind(), notice.reference()),
                text.subject(), text.body(), now);
    }
}
