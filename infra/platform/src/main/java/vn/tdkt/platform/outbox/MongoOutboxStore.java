package vn.tdkt.platform.outbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import vn.tdkt.platform.persistence.Indexes;

/**
 * Reads outbox arrays as raw BSON so the relay needs no aggregate classes. Pending documents are found through
 * {@code outboxPending}, indexed with a partial index (only pending documents are in it), so a poll costs what
 * is pending, not the size of the collection. Only features that both MongoDB and the MongoDB-wire test server
 * support: partial indexes, {@code $pull} with {@code $in}, {@code $size}.
 */
public class MongoOutboxStore implements OutboxStore {

    private static final String OUTBOX = "outbox";
    private static final String PENDING = "outboxPending";
    private static final int BACKLOG_SCAN_LIMIT = 10_000;

    private final MongoTemplate mongo;
    private final List<String> collections;

    public MongoOutboxStore(MongoTemplate mongo, List<String> collections) {
        this.mongo = mongo;
        this.collections = List.copyOf(collections);
        for (String collection : this.collections) {
            Indexes.ensure(mongo, collection, new org.springframework.data.mongodb.core.index.Index()
                    .on(PENDING, org.springframework.data.domain.Sort.Direction.ASC)
                    .partial(org.springframework.data.mongodb.core.index.PartialIndexFilter.of(
                            Criteria.where(PENDING).is(true)))
                    .named("outbox_pending"));
        }
    }

    @Override
    public List<PendingAggregate> findPending(int limit, java.util.Set<String> only) {
        List<PendingAggregate> pending = new ArrayList<>();
        for (String collection : collections) {
            if (pending.size() >= limit) {
                break;
            }
            if (only != null && !only.contains(collection)) {
                continue;
            }
            Query query = pendingQuery().limit(limit - pending.size());
            query.fields().include(OUTBOX);
            for (Document document : mongo.find(query, Document.class, collection)) {
                pending.add(new PendingAggregate(collection, document.get("_id"), entries(document)));
            }
        }
        return pending;
    }

    @Override
    public void removeSent(List<Sent> sent) {
        Map<String, List<Sent>> byCollection = new LinkedHashMap<>();
        for (Sent entry : sent) {
            byCollection.computeIfAbsent(entry.aggregate().collection(), name -> new ArrayList<>()).add(entry);
        }
        byCollection.forEach((collection, entries) -> {
            BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.ORDERED, collection);
            int writes = 0;
            for (Sent entry : entries) {
                Object id = entry.aggregate().documentId();
                List<String> eventIds = entry.eventIds();
                int pending = entry.aggregate().entries().size();
                if (eventIds.size() == pending) {
                    // Usually the round sent everything: empty the outbox and clear the flag in one write, but only
                    // if no event was appended since the read (the outbox still holds exactly the sent entries).
                    Criteria unchanged = Criteria.where("_id").is(id).and(OUTBOX).size(pending);
                    if (!eventIds.isEmpty()) {
                        unchanged = unchanged.and(OUTBOX + ".eventId").all(eventIds);
                    }
                    // (a flagged document with an empty outbox, left by a crash, is cleared here too)
                    bulk.updateOne(Query.query(unchanged), new Update().set(OUTBOX, List.of()).set(PENDING, false));
                    writes++;
                }
                if (!eventIds.isEmpty()) {
                    // Otherwise (events appended meanwhile, or a failure stopped the round early) take out just the
                    // sent ones; the flag stays for what is left. A no-op after the clear above.
                    bulk.updateOne(Query.query(Criteria.where("_id").is(id)),
                            new Update().pull(OUTBOX, new Document("eventId", new Document("$in", eventIds))));
                    writes++;
                }
            }
            if (writes > 0) {
                bulk.execute();
            }
        });
    }

    @Override
    public Backlog backlog() {
        long entries = 0;
        Instant oldest = null;
        for (String collection : collections) {
            Query query = pendingQuery().limit(BACKLOG_SCAN_LIMIT);
            query.fields().include(OUTBOX);
            for (Document document : mongo.find(query, Document.class, collection)) {
                for (OutboxEntry entry : entries(document)) {
                    entries++;
                    if (entry.time() != null && (oldest == null || entry.time().isBefore(oldest))) {
                        oldest = entry.time();
                    }
                }
            }
        }
        return new Backlog(entries, Optional.ofNullable(oldest));
    }

    private static Query pendingQuery() {
        return Query.query(Criteria.where(PENDING).is(true));
    }

    private static List<OutboxEntry> entries(Document document) {
        List<OutboxEntry> entries = new ArrayList<>();
        for (Document raw : document.getList(OUTBOX, Document.class, List.of())) {
            Date time = raw.getDate("time");
            Number sequence = raw.get("sequence", Number.class);
            entries.add(new OutboxEntry(
                    raw.getString("eventId"),
                    raw.getString("type"),
                    raw.getString("subject"),
                    sequence == null ? 0 : sequence.longValue(),
                    time == null ? null : time.toInstant(),
                    raw.getString("traceparent"),
                    raw.getString("payload")));
        }
        return entries;
    }
}
