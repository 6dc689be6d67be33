package vn.tdkt.platform.outbox;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where pending events live (the aggregate documents). Separated from the relay so tests can fail it. */
public interface OutboxStore {

    List<PendingAggregate> findPending(int limit);

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
