package vn.tdkt.platform.domain;

import java.util.List;
import java.util.Objects;
import vn.tdkt.contracts.EventPayload;

/**
 * What an aggregate's factory returns: the new aggregate and the events its creation publishes. Commands on an
 * existing aggregate return just their events ({@code List<TaskEvent>}); creation returns both.
 */
public record Created<A, E extends EventPayload>(A aggregate, List<E> events) {

    public Created {
        Objects.requireNonNull(aggregate, "aggregate");
        events = List.copyOf(events);
    }
}
