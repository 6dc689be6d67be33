package vn.tdkt.notification.delivery.persistence;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.tdkt.notification.delivery.domain.Delivery;
import vn.tdkt.platform.outbox.AggregateDocument;

/**
 * Collection {@code deliveries}: the delivery log. Each delivery carries its pending {@code notification-sent} /
 * {@code notification-failed} events in its outbox (topic {@code tdkt.notification.events}).
 */
@Document(DeliveryDocument.COLLECTION)
public class DeliveryDocument extends AggregateDocument {

    public static final String COLLECTION = "deliveries";
    static final String STATUS = "delivery.status";
    static final String NOT_BEFORE = "delivery.notBefore";
    static final String MERGE_KEY = "delivery.mergeKey";
    static final String CREATED = "delivery.createdAt";
    static final String UNIT = "delivery.unitCode";
    static final String CHANNEL = "delivery.channel";
    static final String SUBSCRIPTION = "delivery.subscriptionId";
    static final String DIGEST_DAY = "delivery.digestDay";
    static final String SOURCE_EVENT = "delivery.sourceEventId";

    @Id
    private String id;

    private Delivery delivery;

    protected DeliveryDocument() {
    }

    public DeliveryDocument(Delivery delivery) {
        this.id = delivery.id();
        this.delivery = delivery;
    }

    public Delivery getDelivery() {
        return delivery;
    }
}
