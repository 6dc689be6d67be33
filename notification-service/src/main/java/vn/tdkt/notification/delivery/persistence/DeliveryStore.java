package vn.tdkt.notification.delivery.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import vn.tdkt.contracts.notification.NotificationEvent;
import vn.tdkt.notification.delivery.domain.Delivery;
import vn.tdkt.notification.delivery.domain.DeliveryStatus;
import vn.tdkt.notification.notice.domain.Channel;
import vn.tdkt.platform.domain.Created;
import vn.tdkt.platform.domain.Versioned;
import vn.tdkt.platform.outbox.OutboxRecorder;
import vn.tdkt.platform.persistence.AggregateStore;
import vn.tdkt.platform.persistence.FilterCriteria;
import vn.tdkt.platform.persistence.Indexes;

/** Deliveries: recorded once by their deterministic id, claimed and settled by version-guarded saves. */
@Repository
public class DeliveryStore extends AggregateStore<Delivery, DeliveryDocument> {

    public DeliveryStore(MongoTemplate mongo, OutboxRecorder outbox) {
        super(mongo, outbox, DeliveryDocument.class, DeliveryDocument::new, Delivery::id,
                "delivery.not-found");
        Indexes.ensure(mongo, DeliveryDocument.COLLECTION,
                Indexes.ascending("delivery_status_not_before", DeliveryDocument.STATUS, DeliveryDocument.NOT_BEFORE),
                Indexes.newestFirst("delivery_merge_key_created", DeliveryDocument.MERGE_KEY, DeliveryDocument.CREATED),
                Indexes.newestFirst("delivery_unit_created", DeliveryDocument.UNIT, DeliveryDocument.CREATED),
                Indexes.ascending("delivery_status_digest_day", DeliveryDocument.STATUS, DeliveryDocument.DIGEST_DAY),
                Indexes.newestFirst("delivery_created", DeliveryDocument.CREATED));
    }

    /** @return false when a delivery with this id exists: it was recorded before (a duplicate key). */
    public boolean insertIfAbsent(Created<Delivery, NotificationEvent> created) {
        try {
            insert(created);
            return true;
        } catch (DuplicateKeyException alreadyRecorded) {
            return false;
        }
    }

    public boolean exists(String id) {
        Query query = byId(id);
        query.fields().include("_id");
        return mongo.findOne(query, org.bson.Document.class, DeliveryDocument.COLLECTION) != null;
    }

    /** Pending deliveries whose time has come (claimed ones wait for their lease's end), oldest first. */
    public List<Versioned<Delivery>> due(Instant now, int limit) {
        return findAllVersioned(Query.query(Criteria.where(DeliveryDocument.STATUS).is(DeliveryStatus.PENDING)
                        .and(DeliveryDocument.NOT_BEFORE).lte(now))
                .with(Sort.by(DeliveryDocument.NOT_BEFORE)).limit(limit));
    }

    /** The latest delivery of an equivalence class since {@code since}, that was not itself merged or skipped. */
    public Optional<Versioned<Delivery>> latestEquivalent(String mergeKey, Instant since) {
        return findAllVersioned(Query.query(Criteria.where(DeliveryDocument.MERGE_KEY).is(mergeKey)
                        .and(DeliveryDocument.CREATED).gte(since)
                        .and(DeliveryDocument.STATUS).in(DeliveryStatus.PENDING, DeliveryStatus.HELD,
                                DeliveryStatus.SENT, DeliveryStatus.DIGESTED))
                .with(Sort.by(Sort.Direction.DESC, DeliveryDocument.CREATED)).limit(1)).stream().findFirst();
    }

    /** Held deliveries whose digest day is {@code day} or earlier. */
    public List<Delivery> heldUntil(LocalDate day, int limit) {
        return findAll(Query.query(Criteria.where(DeliveryDocument.STATUS).is(DeliveryStatus.HELD)
                        .and(DeliveryDocument.DIGEST_DAY).lte(day))
                .with(Sort.by(DeliveryDocument.CREATED)).limit(limit));
    }

    public List<Delivery> heldOf(String unitCode, int limit) {
        Criteria criteria = new FilterCriteria()
                .always(Criteria.where(DeliveryDocument.STATUS).is(DeliveryStatus.HELD))
                .equal(DeliveryDocument.UNIT, unitCode)
                .all();
        return findAll(Query.query(criteria).with(Sort.by(DeliveryDocument.CREATED)).limit(limit));
    }

    public List<Delivery> page(Filter filter, long offset, int limit) {
        return findAll(filter.query().with(Sort.by(Sort.Order.desc(DeliveryDocument.CREATED), Sort.Order.desc("_id")))
                .skip(offset).limit(limit));
    }

    public long count(Filter filter) {
        return count(filter.query());
    }

    public List<Delivery> ofSourceEvent(String sourceEventId) {
        return findAll(Query.query(Criteria.where(DeliveryDocument.SOURCE_EVENT).is(sourceEventId))
                .with(Sort.by("_id")));
    }

    /** The delivery log's filter; null fields do not filter. */
    public record Filter(String unitCode, DeliveryStatus status, Channel channel, String subscriptionId) {

        Query query() {
            return Query.query(new FilterCriteria()
                    .equal(DeliveryDocument.UNIT, unitCode)
                    .equal(DeliveryDocument.STATUS, status)
                    .equal(DeliveryDocument.CHANNEL, channel)
                    .equal(DeliveryDocument.SUBSCRIPTION, subscriptionId)
                    .all());
        }
    }
}
