package vn.tdkt.notification.inbound.messaging;

import vn.tdkt.contracts.EventType;
import vn.tdkt.contracts.EventTypes;
import vn.tdkt.notification.delivery.application.SourceEvent;
import vn.tdkt.platform.messaging.InboundEvent;

/** An inbound event as the delivery side records it. */
final class InboundEvents {

    private InboundEvents() {
    }

    static SourceEvent source(InboundEvent<?> event) {
        String type = event.envelope().type();
        String name = EventTypes.byType(type).map(EventType::name).orElse(type);
        return new SourceEvent(event.id(), type, name, event.envelope().source(), event.subject(),
                event.envelope().time(), event.sequence(), event.payload());
    }
}
