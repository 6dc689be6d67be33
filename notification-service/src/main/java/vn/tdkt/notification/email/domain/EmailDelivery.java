package vn.tdkt.notification.email.domain;

import java.time.Instant;
import java.util.Objects;
import vn.tdkt.notification.inbox.domain.NotificationKind;

/**
 * One e-mail in the delivery log, one per inbox entry (its id is the inbox entry's id).
 *
 * @param recipient     the address, or null when the unit has none (then {@link DeliveryStatus#SKIPPED})
 * @param attempts      SMTP attempts made so far (calls refused by an open circuit breaker do not count)
 * @param nextAttemptAt when the redelivery job may try a FAILED delivery again
 */
public record EmailDelivery(String id, String unitCode, NotificationKind kind, String recipient, String subject,
        String body, DeliveryStatus status, int attempts, String lastError, Instant createdAt, Instant updatedAt,
        Instant sentAt, Instant nextAttemptAt) {

    public EmailDelivery {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(unitCode, "unitCode");
        Objects.requireNonNull(status, "status");
    }

    public static EmailDelivery pending(String id, String unitCode, NotificationKind kind, EmailMessage message,
            Instant now) {
        return new EmailDelivery(id, unitCode, kind, message.to(), message.subject(), message.body(),
                DeliveryStatus.PENDING, 0, null, now, now, null, null);
    }

    public static EmailDelivery skipped(String id, String unitCode, NotificationKind kind, String reason, Instant now) {
        return new EmailDelivery(id, unitCode, kind, null, null, null, DeliveryStatus.SKIPPED, 0, reason, now, now,
                null, null);
    }

    public EmailMessage message() {
        return new EmailMessage(recipient, subject, body);
    }

    public EmailDelivery sent(int newAttempts, Instant now) {
        return new EmailDelivery(id, unitCode, kind, recipient, subject, body, DeliveryStatus.SENT,
                attempts + newAttempts, null, createdAt, now, now, null);
    }

    public EmailDelivery failed(int newAttempts, String error, Instant now, Instant retryAt) {
        return new EmailDelivery(id, unitCode, kind, recipient, subject, body, DeliveryStatus.FAILED,
                attempts + newAttempts, error, createdAt, now, null, retryAt);
    }
}
