package vn.tdkt.nomination.audit.persistence;

import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import vn.tdkt.nomination.audit.domain.AuditEntry;
import vn.tdkt.platform.persistence.Indexes;

/**
 * Collection {@code audit_chain}: one document per entry, {@code _id} = sequence, so two appends racing for the same
 * position cannot both land (duplicate key), and {@code reference} unique, so recording the same fact twice is a
 * no-op. Entries are only ever inserted.
 */
@Repository
public class AuditChainStore {

    static final String COLLECTION = "audit_chain";
    private static final int PAGE = 500;

    private final MongoTemplate mongo;

    public AuditChainStore(MongoTemplate mongo) {
        this.mongo = mongo;
        Indexes.ensure(mongo, COLLECTION,
                Indexes.ascending("audit_reference", "reference").unique());
    }

    public Optional<AuditEntry> last() {
        Query query = new Query().with(Sort.by(Sort.Direction.DESC, "_id")).limit(1);
        return Optional.ofNullable(mongo.findOne(query, Document.class, COLLECTION)).map(AuditChainStore::entry);
    }

    public Optional<AuditEntry> byReference(String reference) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("reference").is(reference)),
                Document.class, COLLECTION)).map(AuditChainStore::entry);
    }

    /** Inserts the entry; false when its position or its reference is taken already. */
    public boolean insert(AuditEntry entry) {
        try {
            mongo.insert(new Document("_id", entry.sequence()).append("kind", entry.kind())
                    .append("subject", entry.subject()).append("reference", entry.reference())
                    .append("payload", entry.payload()).append("at", java.util.Date.from(entry.at()))
                    .append("previousHash", entry.previousHash()).append("hash", entry.hash()), COLLECTION);
            return true;
        } catch (DuplicateKeyException taken) {
            return false;
        }
    }

    public List<AuditEntry> page(long fromSequence, int size) {
        Query query = Query.query(Criteria.where("_id").gte(fromSequence))
                .with(Sort.by(Sort.Direction.ASC, "_id")).limit(size);
        return mongo.find(query, Document.class, COLLECTION).stream().map(AuditChainStore::entry).toList();
    }

    public long count() {
        return mongo.getCollection(COLLECTION).estimatedDocumentCount();
    }

    /** Every entry in sequence order, read a page at a time. */
    public Iterable<AuditEntry> all() {
        return () -> new Iterator<>() {
            private List<AuditEntry> page = page(1, PAGE);
            private int index;

            @Override
            public boolean hasNext() {
                if (index < page.size()) {
                    return true;
                }
                if (page.size() < PAGE) {
                    return false;
                }
                page = page(page.get(page.size() - 1).sequence() + 1, PAGE);
                index = 0;
                return !page.isEmpty();
            }

            @Override
            public AuditEntry next() {
                return page.get(index++);
            }
        };
    }

    private static AuditEntry entry(Document document) {
        Number sequence = document.get("_id", Number.class);
        java.util.Date at = document.getDate("at");
        return new AuditEntry(sequence.longValue(), document.getString("kind"), document.getString("subject"),
                document.getString("reference"), document.getString("payload"),
                at == null ? Instant.EPOCH : at.toInstant(), document.getString("previousHash"),
                document.getString("hash"));
    }
}
