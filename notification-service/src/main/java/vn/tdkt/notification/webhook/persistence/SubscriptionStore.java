package vn.tdkt.notification.webhook.persistence;

import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import vn.tdkt.notification.webhook.domain.SubscriptionStatus;
import vn.tdkt.notification.webhook.domain.WebhookSubscription;
import vn.tdkt.platform.domain.Versioned;
import vn.tdkt.platform.outbox.OutboxRecorder;
import vn.tdkt.platform.persistence.AggregateStore;

@Component
public class SubscriptionStore extends AggregateStore<WebhookSubscription, SubscriptionDocument> {

    public SubscriptionStore(MongoTemplate mongo, OutboxRecorder outbox) {
        super(mongo, outbox, SubscriptionDocument.class, SubscriptionDocument::new,
                SubscriptionDocument::getSubscription, "webhook.not-found");
        mongo.indexOps(SubscriptionDocument.COLLECTION).createIndex(new Index()
                .on(SubscriptionDocument.EVENT_TYPES, Sort.Direction.ASC)
                .on(SubscriptionDocument.STATUS, Sort.Direction.ASC)
                .named("webhook_event_types_status"));
        mongo.indexOps(SubscriptionDocument.COLLECTION).createIndex(new Index()
                .on(SubscriptionDocument.OWNER, Sort.Direction.ASC).named("webhook_owner"));
    }

    /** Active subscriptions naming the event type (multikey index on the type list). */
    public List<WebhookSubscription> activeFor(String eventTypeName) {
        return findAll(Query.query(Criteria.where(SubscriptionDocument.EVENT_TYPES).is(eventTypeName)
                .and(SubscriptionDocument.STATUS).is(SubscriptionStatus.ACTIVE)));
    }

    public List<Versioned<WebhookSubscription>> page(String ownerUnit, long offset, int limit) {
        return findAllVersioned(owner(ownerUnit).with(Sort.by("_id")).skip(offset).limit(limit));
    }

    public long countOf(String ownerUnit) {
        return count(owner(ownerUnit));
    }

    public void delete(String id) {
        mongo.remove(byId(id), SubscriptionDocument.class);
    }

    private static Query owner(String ownerUnit) {
        return ownerUnit == null ? new Query() : Query.query(Criteria.where(SubscriptionDocument.OWNER).is(ownerUnit));
    }
}
