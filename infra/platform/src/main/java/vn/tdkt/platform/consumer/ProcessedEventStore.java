package vn.tdkt.platform.consumer;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import vn.tdkt.platform.persistence.Indexes;

/**
 * Remembers which events a consumer group has already acted on, keyed {@code group:eventId} (unique by
 * {@code _id}). Entries expire after a retention period (TTL index) that must exceed the longest redelivery
 * window (topic retention).
 */
public class ProcessedEventStore {

    static final String COLLECTION = "processed_events";

    private final MongoTemplate mongo;
    private final Clock clock;

    public ProcessedEventStore(MongoTemplate mongo, Clock clock, Duration retention) {
        this.mongo = mongo;
        this.clock = clock;
        Indexes.ensure(mongo, COLLECTION,
                Indexes.ascending("processed_ttl", "processedAt").expire(retention));
    }

    /** Claims the event for this group; {@code false} if it was already claimed (a redelivery). */
    public boolean claim(String group, String eventId) {
        try {
            mongo.insert(new Document("_id", key(group, eventId))
                    .append("group", group)
                    .append("eventId", eventId)
                    .append("processedAt", Date.from(clock.instant())), COLLECTION);
            return true;
        } catch (DuplicateKeyException duplicate) {
            return false;
        }
    }

    /** Gives a claim back when the side effect failed, so a retry can perform it. */
    public void release(String group, String eventId) {
        mongo.remove(Query.query(Criteria.where("_id").is(key(group, eventId))), COLLECTION);
    }

    /**
     * One lookup by {@code _id}. Not {@code exists}/{@code count}: the driver answers those with an aggregation
     * that the wire server runs as a scan of the whole collection, so the check grew with history.
     */
    public boolean isProcessed(String group, String eventId) {
        Query byId = Query.query(Criteria.where("_id").is(key(group, eventId)));
        byId.fields().include("_id");
        return mongo.findOne(byId, Document.class, COLLECTION) != null;
    }

    private static String key(String group, String eventId) {
        return group + ":" + eventId;
    }
}
