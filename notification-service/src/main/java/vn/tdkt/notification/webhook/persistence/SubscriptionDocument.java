package vn.tdkt.notification.webhook.persistence;

import org.springframework.data.mongodb.core.mapping.Document;
import vn.tdkt.notification.webhook.domain.WebhookSubscription;
import vn.tdkt.platform.outbox.AggregateDocument;

/** Collection {@code webhook_subscriptions}. */
@Document(SubscriptionDocument.COLLECTION)
public class SubscriptionDocument extends AggregateDocument<WebhookSubscription> {

    public static final String COLLECTION = "webhook_subscriptions";
    static final String EVENT_TYPES = path("eventTypes");
    static final String STATUS = path("status");
    static final String OWNER = path("ownerUnit");
}
