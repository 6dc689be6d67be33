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
    private final List<java.util.function.Consumer<String>> afterWrite =
            new java.util.concurrent.CopyOnWriteArrayList<>();

    /**
     * Calls {@code listener} with the collection after each update that wrote new entries there (the relay's kick;
     * inserts use the save event).
     */
    public void afterWrite(java.util.function.Consumer<String> listener) {
        afterWrite.add(listener);
    }

    /** Called by the store once a document of {@code collection} with the {@code recorded} entries is written. */
    public void written(String collection, List<OutboxEntry> recorded) {
        if (!recorded.isEmpty()) {
            afterWrite.forEach(listener -> listener.accept(collection));
        }
    }

    /** Records typed events, as aggregates return them (their type and subject follow from the payload). */
    public void record(AggregateDocument<?> document, Collection<? extends EventPayload> events) {
        record(document, events.stream().map(event -> DomainEvent.of(event)).toList());
    }

    public void record(AggregateDocument<?> document, List<DomainEvent> events) {
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
