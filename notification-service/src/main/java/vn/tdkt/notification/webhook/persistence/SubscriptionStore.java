package vn.tdkt.notification.webhook.persistence;

import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import vn.tdkt.notification.webhook.domain.SubscriptionStatus;
import vn.tdkt.notification.webhook.domain.WebhookSubscription;
import vn.tdkt.platform.domain.Versioned;
import vn.tdkt.platform.outbox.OutboxRecorder;
import vn.tdkt.platform.persistence.AggregateStore;
import vn.tdkt.platform.persistence.FilterCriteria;
import vn.tdkt.platform.persistence.Indexes;

@Repository
public class SubscriptionStore extends AggregateStore<WebhookSubscription, SubscriptionDocument> {

    public SubscriptionStore(MongoTemplate mongo, OutboxRecorder outbox) {
        super(mongo, outbox, SubscriptionDocument.class, SubscriptionDocument::new,
                WebhookSubscription::id, "webhook.not-found");
        Indexes.ensure(mongo, SubscriptionDocument.COLLECTION,
                Indexes.ascending("webhook_event_types_status", SubscriptionDocument.EVENT_TYPES,
                        SubscriptionDocument.STATUS),
                Indexes.ascending("webhook_owner", SubscriptionDocument.OWNER));
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
        return Query.query(new FilterCriteria().equal(SubscriptionDocument.OWNER, ownerUnit).all());
    }
}
