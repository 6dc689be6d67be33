package vn.tdkt.platform.outbox;

import java.util.List;

/** One document that still has events to send, in the order they must be sent. */
public record PendingAggregate(String collection, Object documentId, List<OutboxEntry> entries) {
}
