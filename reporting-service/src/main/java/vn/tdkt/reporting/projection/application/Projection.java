package vn.tdkt.reporting.projection.application;

import java.util.function.UnaryOperator;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.tdkt.platform.messaging.InboundEvent;
import vn.tdkt.reporting.projection.domain.SourceAggregate;
import vn.tdkt.reporting.projection.persistence.RowStore;
import lombok.RequiredArgsConstructor;

/** Applies one inbound event to one row of a read model and tells the dashboard when something really changed. */
@Component
@RequiredArgsConstructor
public class Projection {

    private final ApplicationEventPublisher publisher;
    private final MeterRegistry meters;

    /**
     * The event's own aggregate feeds the row (its subject is the source). Counts every event by outcome
     * ({@code tdkt_projection_events_total{view, outcome}}): a redelivery shows as {@code repeated}, an event of an
     * aggregate arriving after a newer one as {@code out_of_order} — what the fault suite reads.
     */
    public <R> boolean apply(RowStore<R, ?> store, String view, String rowId, SourceAggregate source,
            InboundEvent<?> event, UnaryOperator<R> next) {
        RowStore.Outcome outcome = store.applyEvent(rowId, source.markKey(event.subject()), event.sequence(), next);
        meters.counter("tdkt.projection.events", "view", view, "outcome",
                outcome.name().toLowerCase(java.util.Locale.ROOT)).increment();
        if (outcome.changed()) {
            changed(view, rowId);
        }
        return outcome.changed();
    }

    /** A row changed without an event of this feature (several rows at once, or another feature's aggregate). */
    public void changed(String view, String id) {
        publisher.publishEvent(new ProjectionChanged(view, id));
    }
}
