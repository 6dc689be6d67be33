package vn.tdkt.contracts;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * The payload of a published event. It names the aggregate it is about, so the event's type, Kafka key and
 * CloudEvents {@code subject} all follow from the payload alone ({@link DomainEvent#of(EventPayload)}).
 * Each aggregate has one sealed sub-interface listing every event it can publish (e.g. {@code TaskEvent}).
 */
public interface EventPayload {

    /** The id of the aggregate that published this event: the Kafka key and the CloudEvents subject. */
    @JsonIgnore
    String aggregateId();
}
