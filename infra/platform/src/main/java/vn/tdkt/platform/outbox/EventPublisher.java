package vn.tdkt.platform.outbox;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Sends outbox entries to the broker: asynchronous sends, then one flush. */
public interface EventPublisher {

    /** Starts sending; each future completes when the broker acknowledged (acks=all) or failed. */
    List<CompletableFuture<Void>> sendAll(List<OutboxEntry> entries);

    /** Blocks until every send started so far has completed or failed. */
    void flush();
}
