package vn.tdkt.reporting.projection.application;

import org.springframework.stereotype.Service;
import vn.tdkt.contracts.notification.NotificationFailed;
import vn.tdkt.contracts.notification.NotificationSent;
import vn.tdkt.platform.messaging.InboundEvent;
import vn.tdkt.reporting.projection.domain.SourceAggregate;
import vn.tdkt.reporting.projection.persistence.DeliveryRows;
import lombok.RequiredArgsConstructor;

/** Keeps the delivery-health read model in step with notification-service. */
@Service
@RequiredArgsConstructor
public class NotificationProjector {

    private final Projection projection;
    private final DeliveryRows deliveries;

    public boolean sent(InboundEvent<NotificationSent> e) {
        return projection.apply(deliveries, "deliveries", e.payload().notificationId(), SourceAggregate.NOTIFICATION,
                e, row -> row.sent(e.payload()));
    }

    public boolean failed(InboundEvent<NotificationFailed> e) {
        return projection.apply(deliveries, "deliveries", e.payload().notificationId(), SourceAggregate.NOTIFICATION,
                e, row -> row.failed(e.payload()));
    }
}
