package vn.tdkt.platform.messaging;

import vn.tdkt.contracts.EventEnvelope;

/** A parsed, validated inbound event: its CloudEvents attributes and its typed payload. */
public record InboundEvent<T>(EventEnvelope envelope, T payload) {

    public String id() {
        return envelope.id();
    }

    public String subject() {
        return envelope.subject();
    }

    public long sequence() {
        return envelope.sequence();
    }
}
