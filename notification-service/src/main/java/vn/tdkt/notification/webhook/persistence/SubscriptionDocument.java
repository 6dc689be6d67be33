package vn.tdkt.notification.webhook.persistence;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.tdkt.notification.webhook.domain.WebhookSubscription;
import vn.tdkt.platform.outbox.AggregateDocument;

/** Collection {@code webhook_subscriptions}. */
@Document(SubscriptionDocument.COLLECTION)
public class SubscriptionDocument extends AggregateDocument {

    public static final String COLLECTION = "webhook_subscriptions";
    static final String EVENT_TYPES = "subscription.eventTypes";
    static final String STATUS = "subscription.status";
    static final String OWNER = "subscription.ownerUnit";

    @Id
    private String id;

    private WebhookSubscription subscription;

    protected SubscriptionDocument() {
    }

    public SubscriptionDocument(WebhookSubscription subscription) {
        this.id = subscription.id();
        this.subscription = subscription;
    }

    public WebhookSubscription getSubscription() {
        return subscription;
    }
}
