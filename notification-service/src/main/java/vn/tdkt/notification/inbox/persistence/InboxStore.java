package vn.tdkt.notification.inbox.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import vn.tdkt.notification.inbox.domain.InboxEntry;
import vn.tdkt.platform.persistence.FilterCriteria;
import vn.tdkt.platform.persistence.Indexes;

@Repository
public class InboxStore {

    private final MongoTemplate mongo;

    public InboxStore(MongoTemplate mongo) {
        this.mongo = mongo;
        Indexes.ensure(mongo, InboxEntryDocument.COLLECTION,
                Indexes.newestFirst("inbox_unit_created", InboxEntryDocument.UNIT, InboxEntryDocument.CREATED));
    }

    /** @return false when the entry exists already (the same delivery recorded again) */
    public boolean insertIfAbsent(InboxEntry entry) {
        InboxEntryDocument document = new InboxEntryDocument();
        document.id = entry.id();
        document.entry = entry;
        try {
            mongo.insert(document);
            return true;
        } catch (DuplicateKeyException exists) {
            return false;
        }
    }

    public Optional<InboxEntry> find(String id) {
        return Optional.ofNullable(mongo.findById(id, InboxEntryDocument.class)).map(document -> document.entry);
    }

    /** Replaces the text of a merged entry, counts the merge once per merged delivery, and marks it unread. */
    public void absorb(String id, String mergedDeliveryId, String title, String body, Instant now) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id).and("mergedDeliveries").ne(mergedDeliveryId)),
                new Update().set("entry.title", title).set("entry.body", body).set("entry.updatedAt", now)
                        .unset("entry.readAt").inc("entry.mergedCount", 1).push("mergedDeliveries", mergedDeliveryId),
                InboxEntryDocument.class);
    }

    public List<InboxEntry> findByUnit(String unitCode, boolean unreadOnly, long offset, int limit) {
        return mongo.find(unitQuery(unitCode, unreadOnly)
                        .with(Sort.by(Sort.Order.desc(InboxEntryDocument.CREATED), Sort.Order.desc("_id")))
                        .skip(offset).limit(limit), InboxEntryDocument.class)
                .stream().map(document -> document.entry).toList();
    }

    public long countByUnit(String unitCode, boolean unreadOnly) {
        return mongo.count(unitQuery(unitCode, unreadOnly), InboxEntryDocument.class);
    }

    /** Sets {@code readAt} once; reading an already read entry keeps the first time. */
    public Optional<InboxEntry> markRead(String id, Instant readAt) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id).and(InboxEntryDocument.READ).isNull()),
                Update.update(InboxEntryDocument.READ, readAt), InboxEntryDocument.class);
        return find(id);
    }

    private static Query unitQuery(String unitCode, boolean unreadOnly) {
        return Query.query(new FilterCriteria()
                .always(Criteria.where(InboxEntryDocument.UNIT).is(unitCode))
                .when(unreadOnly, () -> Criteria.where(InboxEntryDocument.READ).isNull())
                .all());
    }
}
