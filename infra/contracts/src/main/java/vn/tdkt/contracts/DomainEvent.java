package vn.tdkt.contracts;

import java.util.Objects;

/**
 * What an aggregate's domain method returns: the event type, the aggregate id it is about (the Kafka key and
 * CloudEvents {@code subject}) and the payload record. Persistence turns it into an outbox entry with a
 * sequence number in the same atomic write as the state change.
 */
public record DomainEvent(EventType type, String subject, Object payload) {

    /** The event a typed payload stands for: its type follows from the payload class, its subject from the payload. */
    public static DomainEvent of(EventPayload payload) {
        Objects.requireNonNull(payload, "payload");
        return new DomainEvent(EventTypes.of(payload.getClass()), payload.aggregateId(), payload);
    }

    public DomainEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(payload, "payload");
        if (!type.payloadType().isInstance(payload)) {
            throw new IllegalArgumentException(
                    "payload " + payload.getClass().getName() + " does not match " + type.type());
        }
    }
}
