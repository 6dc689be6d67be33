package vn.tdkt.notification.inbox.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import vn.tdkt.notification.inbox.domain.InboxEntry;

/** The {@code inbox} collection: unique per (sourceEventId, unitCode, kind), listed per unit newest first. */
@Repository
public class InboxRepository {

    static final String COLLECTION = "inbox";

    private final MongoTemplate mongo;

    public InboxRepository(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(COLLECTION).createIndex(new Index()
                .on("sourceEventId", Sort.Direction.ASC)
                .on("unitCode", Sort.Direction.ASC)
                .on("kind", Sort.Direction.ASC)
                .unique()
                .named("inbox_event_unit_kind"));
        mongo.indexOps(COLLECTION).createIndex(new Index()
                .on("unitCode", Sort.Direction.ASC)
                .on("createdAt", Sort.Direction.DESC)
                .named("inbox_unit_created"));
    }

    /** Inserts the entry; on a duplicate natural key returns the entry stored before, and {@code false}. */
    public Insertion insertIfAbsent(InboxEntry entry) {
        try {
            mongo.insert(InboxEntryDocument.from(entry));
            return new Insertion(entry, true);
        } catch (DuplicateKeyException duplicate) {
            InboxEntryDocument existing = mongo.findOne(Query.query(Criteria.where("sourceEventId").is(entry.sourceEventId())
                    .and("unitCode").is(entry.unitCode())
                    .and("kind").is(entry.kind())), InboxEntryDocument.class);
            if (existing == null) {
                throw duplicate;
            }
            return new Insertion(existing.toDomain(), false);
        }
    }

    public Optional<InboxEntry> findById(String id) {
        return Optional.ofNullable(mongo.findById(id, InboxEntryDocument.class)).map(InboxEntryDocument::toDomain);
    }

    public List<InboxEntry> findByUnit(String unitCode, boolean unreadOnly, long offset, int limit) {
        Query query = unitQuery(unitCode, unreadOnly)
                .with(Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("_id")))
                .skip(offset)
                .limit(limit);
        return mongo.find(query, InboxEntryDocument.class).stream().map(InboxEntryDocument::toDomain).toList();
    }

    public long countByUnit(String unitCode, boolean unreadOnly) {
        return mongo.count(unitQuery(unitCode, unreadOnly), InboxEntryDocument.class);
    }

    /** The entries one event produced, in creation order. */
    public List<InboxEntry> findBySourceEvent(String sourceEventId) {
        return mongo.find(Query.query(Criteria.where("sourceEventId").is(sourceEventId))
                        .with(Sort.by(Sort.Order.asc("_id"))), InboxEntryDocument.class)
                .stream().map(InboxEntryDocument::toDomain).toList();
    }

    /** Sets {@code readAt} once; reading an already read entry keeps the first time. */
    public Optional<InboxEntry> markRead(String id, Instant readAt) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id).and("readAt").isNull()),
                Update.update("readAt", readAt), InboxEntryDocument.class);
        return findById(id);
    }

    private static Query unitQuery(String unitCode, boolean unreadOnly) {
        Criteria criteria = Criteria.where("unitCode").is(unitCode);
        if (unreadOnly) {
            criteria = criteria.and("readAt").isNull();
        }
        return Query.query(criteria);
    }

    /** Result of {@link #insertIfAbsent}: the stored entry and whether this call created it. */
    public record Insertion(InboxEntry entry, boolean created) {
    }

}
