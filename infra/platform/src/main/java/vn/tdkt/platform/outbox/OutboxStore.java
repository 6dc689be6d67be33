package vn.tdkt.platform.outbox;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where pending events live (the aggregate documents). Separated from the relay so tests can fail it. */
public interface OutboxStore {

    /**
     * Pending documents of the named collections only ({@code null}: every outbox collection), at most {@code limit}.
     * A round kicked by a save looks where that save wrote, not in every collection of the service.
     */
    List<PendingAggregate> findPending(int limit, java.util.Set<String> collections);

    /**
     * Removes what a round sent from the documents' outboxes, and clears the pending flag of a document whose
     * outbox is then empty. One round trip per collection however many documents the round touched.
     */
    void removeSent(List<Sent> sent);

    /** The entries of one document that the broker acknowledged (a prefix of its outbox). */
    record Sent(PendingAggregate aggregate, List<String> eventIds) {
    }

    /** Number of pending entries and the time of the oldest one, for metrics. */
    Backlog backlog();

    record Backlog(long entries, Optional<Instant> oldest) {
    }
}
