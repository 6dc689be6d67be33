package vn.tdkt.notification.inbox.domain;

import java.util.Objects;

/**
 * A notification for one unit, composed from an event and not yet stored.
 *
 * @param coordinating true for a "phối hợp" (coordinating unit) information entry, false for the lead unit
 * @param taskId       linked task, or null
 * @param dossierId    linked dossier, or null
 */
public record NotificationDraft(String unitCode, NotificationKind kind, boolean coordinating, String title,
        String body, String taskId, String dossierId) {

    public NotificationDraft {
        Objects.requireNonNull(unitCode, "unitCode");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
        if (unitCode.isBlank()) {
            throw new IllegalArgumentException("unitCode is blank");
        }
    }
}
