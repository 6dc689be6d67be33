package vn.tdkt.reporting.projection.application;

import java.util.function.Consumer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.tdkt.platform.messaging.InboundEvent;
import vn.tdkt.reporting.projection.domain.SourceAggregate;
import vn.tdkt.reporting.projection.persistence.RowStore;

/** Applies one inbound event to one row of a read model and tells the dashboard when something really changed. */
@Component
public class Projection {

    private final ApplicationEventPublisher publisher;

    public Projection(ApplicationEventPublisher publisher) {
        this.publisher = publisher;
    }

    /** The event's own aggregate feeds the row (its subject is the source). */
    public <R> boolean apply(RowStore<R, ?> store, String view, String rowId, SourceAggregate source,
            InboundEvent<?> event, Consumer<R> change) {
        boolean changed = store.apply(rowId, source.markKey(event.subject()), event.sequence(), change);
        if (changed) {
            changed(view, rowId);
        }
        return changed;
    }

    /** A row changed without an event of this feature (several rows at once, or another feature's aggregate). */
    public void changed(String view, String id) {
        publisher.publishEvent(new ProjectionChanged(view, id));
    }
}
