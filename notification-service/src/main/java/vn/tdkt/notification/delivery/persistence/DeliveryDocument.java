package vn.tdkt.notification.delivery.persistence;

import org.springframework.data.mongodb.core.mapping.Document;
import vn.tdkt.notification.delivery.domain.Delivery;
import vn.tdkt.platform.outbox.AggregateDocument;

/**
 * Collection {@code deliveries}: the delivery log. Each delivery carries its pending {@code notification-sent} /
 * {@code notification-failed} events in its outbox (topic {@code tdkt.notification.events}).
 */
@Document(DeliveryDocument.COLLECTION)
public class DeliveryDocument extends AggregateDocument<Delivery> {

    public static final String COLLECTION = "deliveries";
    static final String STATUS = path("status");
    static final String NOT_BEFORE = path("notBefore");
    static final String MERGE_KEY = path("mergeKey");
    static final String CREATED = path("createdAt");
    static final String UNIT = path("unitCode");
    static final String CHANNEL = path("channel");
    static final String SUBSCRIPTION = path("subscriptionId");
    static final String DIGEST_DAY = path("digestDay");
    static final String SOURCE_EVENT = path("sourceEventId");
}
