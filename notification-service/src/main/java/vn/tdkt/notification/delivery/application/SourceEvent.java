package vn.tdkt.notification.delivery.application;

import java.time.Instant;
import java.util.Objects;

/**
 * The event notices and webhook deliveries come from, as received: its CloudEvents attributes and typed payload.
 *
 * @param type the CloudEvents type ({@code tdkt.plan.task-due.v1})
 * @param name the event type's name ({@code task-due}), which webhook subscriptions name
 */
public record SourceEvent(String id, String type, String name, String source, String subject, Instant time,
        long sequence, Object payload) {

    public SourceEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(payload, "payload");
    }
}
