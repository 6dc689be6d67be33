package vn.tdkt.platform.outbox;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Where pending events live (the aggregate documents). Separated from the relay so tests can fail it. */
public interface OutboxStore {

    List<PendingAggregate> findPending(int limit);

    /** Removes the sent entries from the document's outbox ({@code $pull}). */
    void removeSent(PendingAggregate aggregate, Collection<String> eventIds);

    /** Number of pending entries and the time of the oldest one, for metrics. */
    Backlog backlog();

    record Backlog(long entries, Optional<Instant> oldest) {
    }
}
