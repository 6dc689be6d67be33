package vn.tdkt.platform.outbox;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import vn.tdkt.contracts.DomainEvent;
import vn.tdkt.contracts.EventPayload;
import vn.tdkt.platform.domain.Ids;
import vn.tdkt.platform.events.EventJson;
import vn.tdkt.platform.trace.TraceContext;
import lombok.RequiredArgsConstructor;

/**
 * Turns the events a domain method returned into outbox entries on the aggregate document. The caller then
 * saves the document once: state and events land in one atomic write.
 */
@RequiredArgsConstructor
public class OutboxRecorder {

    private final Clock clock;
    private final List<Runnable> afterWrite = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** Runs {@code listener} after each update that wrote new entries (the relay's kick; inserts use the save event). */
    public void afterWrite(Runnable listener) {
        afterWrite.add(listener);
    }

    /** Called by the store once the document with the {@code recorded} entries is written. */
    public void written(AggregateDocument document, List<OutboxEntry> recorded) {
        if (!recorded.isEmpty()) {
            afterWrite.forEach(Runnable::run);
        }
    }

    /** Records typed events, as aggregates return them (their type and subject follow from the payload). */
    public void record(AggregateDocument document, Collection<? extends EventPayload> events) {
        record(document, events.stream().map(event -> DomainEvent.of(event)).toList());
    }

    public void record(AggregateDocument document, List<DomainEvent> events) {
        if (!events.isEmpty()) {
            document.setOutboxPending(true);
            document.setLastEventAt(clock.instant());
        }
        for (DomainEvent event : events) {
            document.getOutbox().add(new OutboxEntry(
                    Ids.newId(clock),
                    event.type().type(),
                    event.subject(),
                    document.nextEventSequence(),
                    clock.instant(),
                    TraceContext.currentOrNew(),
                    EventJson.mapper().writeValueAsString(event.payload())));
        }
    }
}
