package vn.tdkt.notification.delivery.domain;

import java.time.Instant;
import java.util.Objects;
import vn.tdkt.notification.notice.domain.Channel;
import vn.tdkt.notification.notice.domain.Language;
import vn.tdkt.notification.notice.domain.NoticeKind;
import vn.tdkt.notification.notice.domain.Reference;

/**
 * What a delivery is made of before its fate is decided (sent at once, deferred, held for the digest, merged,
 * skipped).
 *
 * @param kind         the notice kind; null for a webhook delivery (it carries the event itself)
 * @param recipientKey {@code unit:X}, {@code head:X}, {@code person:e-mail} or {@code webhook:<subscription id>}
 * @param unitCode     the unit whose log shows the delivery (the recipient's unit, or the subscription's owner)
 * @param address      the e-mail address or the webhook URL (null for the inbox, or when unknown)
 * @param mergeKey     the equivalence class for de-duplication, null when the kind is not merged
 * @param subject      inbox title / e-mail subject; for a webhook, the CloudEvent type
 * @param body         the text; for a webhook, the CloudEvent in structured JSON
 */
public record DeliveryDraft(String id, Channel channel, NoticeKind kind, String sourceEventId,
        String sourceEventType, String recipientKey, String unitCode, String address, String subscriptionId,
        Language language, boolean urgent, Reference reference, String mergeKey, String subject, String body,
        Instant createdAt) {

    public DeliveryDraft {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(sourceEventId, "sourceEventId");
        Objects.requireNonNull(sourceEventType, "sourceEventType");
        Objects.requireNonNull(recipientKey, "recipientKey");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
