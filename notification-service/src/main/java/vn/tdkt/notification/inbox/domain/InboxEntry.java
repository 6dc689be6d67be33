package vn.tdkt.notification.inbox.domain;

import java.time.Instant;
import java.util.Objects;
import vn.tdkt.notification.notice.domain.Audience;
import vn.tdkt.notification.notice.domain.NoticeKind;
import vn.tdkt.notification.notice.domain.Reference;

/**
 * One message in a unit's in-app inbox. Its id is the id of its INBOX delivery (deterministic per source event,
 * recipient and channel), so an event delivered twice writes one entry. An equivalent reminder arriving within the
 * merge window updates the entry in place ({@code mergedCount}, {@code updatedAt}) and marks it unread again.
 *
 * @param audience UNIT for the unit's desk, HEAD for a notice addressed to the unit's head
 */
public record InboxEntry(String id, String unitCode, NoticeKind kind, Audience audience, String title, String body,
        Reference reference, String sourceEventId, Instant createdAt, Instant updatedAt, Instant readAt,
        int mergedCount) {

    public InboxEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(unitCode, "unitCode");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public boolean isRead() {
        return readAt != null;
    }

    public boolean belongsTo(String unit) {
        return unitCode.equals(unit);
    }
}
