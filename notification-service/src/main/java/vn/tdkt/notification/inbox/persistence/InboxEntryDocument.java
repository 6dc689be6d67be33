package vn.tdkt.notification.inbox.persistence;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.tdkt.notification.inbox.domain.InboxEntry;
import vn.tdkt.notification.inbox.domain.NotificationKind;

@Document(InboxRepository.COLLECTION)
class InboxEntryDocument {

    @Id
    String id;
    String unitCode;
    NotificationKind kind;
    boolean coordinating;
    String title;
    String body;
    String taskId;
    String dossierId;
    String sourceEventId;
    Instant createdAt;
    Instant readAt;

    static InboxEntryDocument from(InboxEntry entry) {
        InboxEntryDocument document = new InboxEntryDocument();
        document.id = entry.id();
        document.unitCode = entry.unitCode();
        document.kind = entry.kind();
        document.coordinating = entry.coordinating();
        document.title = entry.title();
        document.body = entry.body();
        document.taskId = entry.taskId();
        document.dossierId = entry.dossierId();
        document.sourceEventId = entry.sourceEventId();
        document.createdAt = entry.createdAt();
        document.readAt = entry.readAt();
        return document;
    }

    InboxEntry toDomain() {
        return new InboxEntry(id, unitCode, kind, coordinating, title, body, taskId, dossierId, sourceEventId,
                createdAt, readAt);
    }
}
