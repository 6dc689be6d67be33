package vn.tdkt.platform.messaging;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.Message;
import vn.tdkt.contracts.EventEnvelope;
import vn.tdkt.contracts.EventType;
import vn.tdkt.platform.trace.TraceContext;

/**
 * Dispatches the records of one topic to typed handlers by CloudEvents {@code type}. Types nobody handles are
 * skipped (other consumers may need them; new types must not break old consumers). Use it as the body of a
 * Spring Cloud Stream {@code Consumer<Message<byte[]>>} function.
 */
public final class EventRouter implements Consumer<Message<byte[]>> {

    private static final Logger log = LoggerFactory.getLogger(EventRouter.class);

    private final InboundEventReader reader;
    private final Map<String, Route<?>> routes;

    private EventRouter(InboundEventReader reader, Map<String, Route<?>> routes) {
        this.reader = reader;
        this.routes = Map.copyOf(routes);
    }

    public static Builder builder(InboundEventReader reader) {
        return new Builder(reader);
    }

    @Override
    public void accept(Message<byte[]> message) {
        EventEnvelope envelope = reader.envelope(message);
        Route<?> route = routes.get(envelope.type());
        if (route == null) {
            log.debug("No handler for {}; skipping event {}", envelope.type(), envelope.id());
            return;
        }
        TraceContext.set(TraceContext.continueFrom(envelope.traceparent()));
        try {
            route.handle(reader, envelope, message);
        } finally {
            TraceContext.clear();
        }
    }

    public boolean handles(EventType type) {
        return routes.containsKey(type.type());
    }

    private record Route<T>(EventType type, Class<T> payloadType, Consumer<InboundEvent<T>> handler) {
        void handle(InboundEventReader reader, EventEnvelope envelope, Message<?> message) {
            T payload = reader.payload(message, type, payloadType);
            handler.accept(new InboundEvent<>(envelope, payload));
        }
    }

    public static final class Builder {
        private final InboundEventReader reader;
        private final Map<String, Route<?>> routes = new LinkedHashMap<>();

        private Builder(InboundEventReader reader) {
            this.reader = reader;
        }

        @SuppressWarnings("unchecked")
        public <T> Builder on(EventType type, Consumer<InboundEvent<T>> handler) {
            routes.put(type.type(), new Route<>(type, (Class<T>) type.payloadType(), handler));
            return this;
        }

        public EventRouter build() {
            return new EventRouter(reader, routes);
        }
    }
}
