package vn.tdkt.notification.inbox.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One message in a unit's in-app inbox. An event yields at most one entry per (unit, kind): the natural key
 * {@code (sourceEventId, unitCode, kind)} is unique.
 */
public record InboxEntry(String id, String unitCode, NotificationKind kind, boolean coordinating, String title,
        String body, String taskId, String dossierId, String sourceEventId, Instant createdAt, Instant readAt) {

    public InboxEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(unitCode, "unitCode");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(sourceEventId, "sourceEventId");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public static InboxEntry create(String id, NotificationDraft draft, String sourceEventId, Instant createdAt) {
        return new InboxEntry(id, draft.unitCode(), draft.kind(), draft.coordinating(), draft.title(), draft.body(),
                draft.taskId(), draft.dossierId(), sourceEventId, createdAt, null);
    }

    public boolean isRead() {
        return readAt != null;
    }

    public boolean belongsTo(String unit) {
        return unitCode.equals(unit);
    }
}
