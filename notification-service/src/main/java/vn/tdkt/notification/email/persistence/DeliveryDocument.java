package vn.tdkt.notification.email.persistence;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.tdkt.notification.email.domain.DeliveryStatus;
import vn.tdkt.notification.email.domain.EmailDelivery;
import vn.tdkt.notification.inbox.domain.NotificationKind;

@Document(DeliveryRepository.COLLECTION)
class DeliveryDocument {

    @Id
    String id;
    String unitCode;
    NotificationKind kind;
    String recipient;
    String subject;
    String body;
    DeliveryStatus status;
    int attempts;
    String lastError;
    Instant createdAt;
    Instant updatedAt;
    Instant sentAt;
    Instant nextAttemptAt;

    static DeliveryDocument from(EmailDelivery delivery) {
        DeliveryDocument document = new DeliveryDocument();
        document.id = delivery.id();
        document.unitCode = delivery.unitCode();
        document.kind = delivery.kind();
        document.recipient = delivery.recipient();
        document.subject = delivery.subject();
        document.body = delivery.body();
        document.status = delivery.status();
        document.attempts = delivery.attempts();
        document.lastError = delivery.lastError();
        document.createdAt = delivery.createdAt();
        document.updatedAt = delivery.updatedAt();
        document.sentAt = delivery.sentAt();
        document.nextAttemptAt = delivery.nextAttemptAt();
        return document;
    }

    EmailDelivery toDomain() {
        return new EmailDelivery(id, unitCode, kind, recipient, subject, body, status, attempts, lastError, createdAt,
                updatedAt, sentAt, nextAttemptAt);
    }
}
