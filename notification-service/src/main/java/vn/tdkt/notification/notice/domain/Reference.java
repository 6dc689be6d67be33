package vn.tdkt.notification.notice.domain;

import java.util.Objects;

/**
 * What a notice is about: the aggregate of the source event (a task, a dossier, a report duty…). Notices of the
 * same kind, to the same recipient, about the same reference are "equivalent" for de-duplication.
 */
public record Reference(Type type, String id) {

    public enum Type {
        TASK, QUARTER, MOVEMENT, REGISTRATION, DOSSIER, COUNCIL_SESSION, AWARD, REPORT_DUTY, WEBHOOK, DIGEST, COUNCIL
    }

    public Reference {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
    }
}
